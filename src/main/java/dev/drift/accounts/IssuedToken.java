package dev.drift.accounts;

/**
 * A token just created: the only moment its secret is known. It is shown in the response
 * to the request that created it and never kept anywhere, not even in the session.
 */
public record IssuedToken(ApiTokenView token, String secret) {
}
