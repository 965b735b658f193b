package dev.drift.intake;

import java.time.Instant;

import dev.drift.people.ClientProfile;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client's intake draft as the form pages use it.
 *
 * @param client the client
 * @param answers the answers so far (raw, not yet validated)
 * @param step the furthest step reached (1-based)
 * @param updatedAt when it was last saved, or {@code null} when never saved
 * @param recheck the re-check this draft answers once sent, or {@code null}
 */
record IntakeDraftView(ClientProfile client, ObjectNode answers, int step, Instant updatedAt, RecheckUpdate recheck) {
}
