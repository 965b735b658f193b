/**
 * Domain-neutral value types and the exception vocabulary every module speaks. No beans.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package dev.drift.shared;
