package dev.drift.selfcare;

/**
 * A routine to log: {@code {"variant", "completed", "seconds", "relaxation"}}.
 *
 * @param variant {@code standard_15}, {@code short_10} or {@code hands_breath}
 * @param completed done to the end ({@code false}: stopped early)
 * @param seconds how long it ran, 1 to 7200
 * @param relaxation "how relaxed do you feel" 0–10, optional
 */
public record NewRoutineLog(String variant, Boolean completed, Integer seconds, Integer relaxation) {

	static final int MAX_SECONDS = 7200;

}
