package dev.drift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The test clock: it starts at a known instant, moves only when a test moves it (and
 * {@link #reset()} returns it to the start), and otherwise ticks one microsecond per
 * reading, so that things done one after the other get distinct, ordered times (the
 * newest audit row, the latest screening) as they would on a real clock. The suite never
 * reads the wall clock, so it gives the same result at any hour. The start is
 * {@value #DEFAULT_START} London time (a Wednesday morning) unless the system property
 * {@value #PROPERTY} names another, as a London local date-time
 * ({@code 2026-11-22T23:50}) or an instant ({@code 2026-03-29T00:59:00Z});
 * {@code .ci/clock-sweep} runs the suite at several.
 */
public class MutableClock extends Clock {

	/** The system property that moves the suite's starting instant. */
	public static final String PROPERTY = "drift.test.clock";

	static final String DEFAULT_START = "2026-11-18T09:30";

	private static final Duration TICK = Duration.ofNanos(1000);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Instant start;

	private final AtomicReference<Instant> now;

	public MutableClock() {
		this(start(System.getProperty(PROPERTY, DEFAULT_START)));
	}

	public MutableClock(Instant start) {
		this.start = start;
		this.now = new AtomicReference<>(start);
	}

	/** A London local date-time or an ISO instant (with {@code Z} or an offset). */
	static Instant start(String text) {
		try {
			return LocalDateTime.parse(text).atZone(LONDON).toInstant();
		}
		catch (DateTimeParseException notLocal) {
			return java.time.OffsetDateTime.parse(text).toInstant();
		}
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		return this.now.getAndUpdate((instant) -> instant.plus(TICK));
	}

	/** Where the suite's clock started (and {@link #reset()} returns). */
	public Instant start() {
		return this.start;
	}

	public void set(Instant instant) {
		this.now.set(instant);
	}

	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	public void reset() {
		this.now.set(this.start);
	}

}
