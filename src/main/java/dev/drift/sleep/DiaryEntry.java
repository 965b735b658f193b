package dev.drift.sleep;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import dev.drift.shared.ConflictException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One client's diary entry for one diary date: the morning entry as entered (times as
 * typed, with the zone), the evening items, the resolved instants and headline metrics.
 * It can be changed for {@link #EDITABLE_FOR} after it was first recorded, then it is
 * locked.
 */
@Table("sleep_diary_entry")
class DiaryEntry {

	static final Duration EDITABLE_FOR = Duration.ofDays(7);

	@Id
	private final UUID id;

	@Version
	private Long version;

	private final UUID clinicId;

	private final UUID clientId;

	private final LocalDate diaryDate;

	private String timeZone;

	private String intoBed;

	private String triedToSleep;

	private String finalAwakening;

	private String outOfBed;

	private int solMinutes;

	private int awakenings;

	private int wasoMinutes;

	private Integer quality;

	private Integer minutesTryingAfter;

	private Boolean wokeEarlier;

	private Integer minutesEarlier;

	private Integer napCount;

	private Integer napMinutes;

	private Integer alcoholDrinks;

	private LocalTime alcoholLast;

	private Integer caffeineDrinks;

	private LocalTime caffeineLast;

	private String sleepMedication;

	private Boolean wantedMoreSleep;

	private Instant intoBedAt;

	private Instant triedToSleepAt;

	private Instant finalAwakeningAt;

	private Instant outOfBedAt;

	private int tibMinutes;

	private int tstMinutes;

	private BigDecimal sePercent;

	private String warnings;

	private final Instant recordedAt;

	private Instant changedAt;

	@PersistenceCreator
	DiaryEntry(UUID id, Long version, UUID clinicId, UUID clientId, LocalDate diaryDate, Instant recordedAt) {
		this.id = id;
		this.version = version;
		this.clinicId = clinicId;
		this.clientId = clientId;
		this.diaryDate = diaryDate;
		this.recordedAt = recordedAt;
	}

	static DiaryEntry record(UUID clinicId, UUID clientId, LocalDate diaryDate, Night night, Instant now) {
		DiaryEntry entry = new DiaryEntry(UUID.randomUUID(), null, clinicId, clientId, diaryDate, now);
		entry.fill(night, now);
		return entry;
	}

	/** Replaces the night's content, unless the entry is locked. */
	void revise(Night night, Instant now) {
		if (!isEditable(now)) {
			throw new ConflictException("DIARY_ENTRY_LOCKED",
					"Diary entries can be changed for 7 days after they are recorded");
		}
		fill(night, now);
	}

	boolean isEditable(Instant now) {
		return now.isBefore(this.recordedAt.plus(EDITABLE_FOR));
	}

	private void fill(Night night, Instant now) {
		MorningEntry m = night.morning();
		EveningItems e = night.evening();
		NightlyMetrics metrics = night.metrics();
		this.timeZone = m.timeZone();
		this.intoBed = m.intoBed();
		this.triedToSleep = m.triedToSleep();
		this.finalAwakening = m.finalAwakening();
		this.outOfBed = m.outOfBed();
		this.solMinutes = m.solMinutes();
		this.awakenings = m.awakenings();
		this.wasoMinutes = m.wasoMinutes();
		this.quality = m.quality();
		this.minutesTryingAfter = m.minutesTryingAfterFinalAwakening();
		this.wokeEarlier = m.wokeEarlierThanPlanned();
		this.minutesEarlier = m.minutesEarlier();
		this.napCount = m.napCount();
		this.napMinutes = m.napMinutes();
		this.alcoholDrinks = e.alcoholDrinks();
		this.alcoholLast = e.alcoholLast();
		this.caffeineDrinks = e.caffeineDrinks();
		this.caffeineLast = e.caffeineLast();
		this.sleepMedication = e.sleepMedication();
		this.wantedMoreSleep = e.wantedMoreSleep();
		this.intoBedAt = metrics.resolvedUtc().intoBed();
		this.triedToSleepAt = metrics.resolvedUtc().triedToSleep();
		this.finalAwakeningAt = metrics.resolvedUtc().finalAwakening();
		this.outOfBedAt = metrics.resolvedUtc().outOfBed();
		this.tibMinutes = metrics.tibMinutes();
		this.tstMinutes = metrics.tstMinutes();
		this.sePercent = metrics.sePercent();
		this.warnings = String.join(",", metrics.warnings());
		this.changedAt = now;
	}

	MorningEntry morning() {
		return new MorningEntry(this.diaryDate.toString(), this.timeZone, this.intoBed, this.triedToSleep,
				this.solMinutes, this.awakenings, this.wasoMinutes, this.finalAwakening, this.outOfBed, this.quality,
				this.minutesTryingAfter, this.wokeEarlier, this.minutesEarlier, this.napCount, this.napMinutes);
	}

	EveningItems evening() {
		return new EveningItems(this.alcoholDrinks, this.alcoholLast, this.caffeineDrinks, this.caffeineLast,
				this.sleepMedication, this.wantedMoreSleep);
	}

	DiaryEntryView view(Instant now) {
		NightlyMetrics metrics = ((NightOutcome.Valid) NightlyMetricsRules.evaluate(morning())).metrics();
		return new DiaryEntryView(this.id, this.diaryDate, morning(), evening(), metrics, this.recordedAt,
				this.changedAt, isEditable(now));
	}

	UUID clientId() {
		return this.clientId;
	}

	LocalDate diaryDate() {
		return this.diaryDate;
	}

	/** A checked night: what was entered and its metrics. */
	record Night(MorningEntry morning, EveningItems evening, NightlyMetrics metrics) {

	}

}
