package archfixtures.broken.b;

import archfixtures.broken.a.A;

/**
 * Fixture: breaks the module boundary on purpose.
 */
public class B {

	A a = new A();

}
