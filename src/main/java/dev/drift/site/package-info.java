/**
 * Home pages, navigation, layout, error pages, security and web configuration, and the
 * demo clinic. May use every module.
 */
@org.springframework.modulith.ApplicationModule
package dev.drift.site;
