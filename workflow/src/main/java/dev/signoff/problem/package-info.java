/** Errors that callers can act on, and how they become RFC 9457 problem responses. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.signoff.problem;
