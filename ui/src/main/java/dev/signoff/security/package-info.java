/**
 * Who may enter: OIDC login for the UI, bearer tokens for the API, and the built-in identity
 * provider.
 */
package dev.signoff.security;
