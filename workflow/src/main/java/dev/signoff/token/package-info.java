/**
 * Personal API tokens: a user names, scopes and revokes their own bearer tokens; only hashes are
 * stored.
 */
package dev.signoff.token;
