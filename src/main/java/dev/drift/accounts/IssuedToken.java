package dev.drift.accounts;

/**
 * A token just created: the only moment its secret is known.
 */
public record IssuedToken(ApiTokenView token, String secret) {
}
