/**
 * Fixture: a module that declares no dependencies yet uses module a.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package archfixtures.broken.b;
