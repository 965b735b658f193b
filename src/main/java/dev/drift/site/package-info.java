/**
 * Home pages, navigation, layout, error pages, security, sessions and web configuration,
 * the audit and outbox pages, and the Flyway callback that keeps module splits valid on
 * existing databases. May use every module but {@code demo}.
 */
@org.springframework.modulith.ApplicationModule
package dev.drift.site;
