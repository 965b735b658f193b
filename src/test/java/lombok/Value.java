package lombok;

/**
 * Fixture only: stands in for Lombok's annotation so the "no Lombok" rule can be shown to
 * fail without putting Lombok (and its annotation processor) on any classpath.
 */
public @interface Value {

}
