/** Who is calling: the authenticated user and the groups that decide what they may do. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.signoff.identity;
