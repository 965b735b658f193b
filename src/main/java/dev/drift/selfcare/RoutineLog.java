package dev.drift.selfcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One routine the client did.
 *
 * @param id the log's id
 * @param variant the variant done
 * @param completed done to the end, or stopped early
 * @param seconds how long it ran
 * @param relaxation "how relaxed do you feel" 0–10, or {@code null}
 * @param eveningDate the local date it was done
 * @param nightDate the sleep diary's date of the night that followed
 * @param loggedAt when it was logged
 */
public record RoutineLog(UUID id, String variant, boolean completed, int seconds, Integer relaxation,
		LocalDate eveningDate, LocalDate nightDate, Instant loggedAt) {

	public int minutes() {
		return (this.seconds + 30) / 60;
	}

}
