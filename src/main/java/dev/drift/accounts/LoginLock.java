package dev.drift.accounts;

import java.time.Instant;

/**
 * An account whose sign-in is refused for now after repeated failures.
 */
public record LoginLock(AccountView account, Instant lockedUntil) {
}
