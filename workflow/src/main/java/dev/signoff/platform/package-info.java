/**
 * Shared infrastructure every feature relies on: the clock, asynchronous event handling and its
 * retries.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.signoff.platform;
