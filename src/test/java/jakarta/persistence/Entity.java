package jakarta.persistence;

/**
 * Fixture only: stands in for the JPA annotation so the "no JPA" rule can be shown to
 * fail without putting JPA on any classpath.
 */
public @interface Entity {

}
