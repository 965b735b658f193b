package archfixtures.broken.a;

/**
 * Fixture: a module that another uses without declaring it.
 */
public class A {

}
