package dev.drift.sleep;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's stored diary over the API: record or change a night, list nights, the
 * baseline and weekly summaries.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}")
class ClientDiaryApiController implements NightProblems {

	private final SleepDiary diary;

	ClientDiaryApiController(SleepDiary diary) {
		this.diary = diary;
	}

	@Operation(summary = "Record a night in a client's sleep diary")
	@ProblemCodes(status = 409, value = { "DIARY_ENTRY_CONFLICT", "DIARY_ENTRY_LOCKED" })
	@ProblemCodes(status = 422, value = { "DIARY_DATE_IN_FUTURE", "DIARY_DATE_CLOSED" })
	@PostMapping("/diary")
	@ResponseStatus(HttpStatus.CREATED)
	DiaryEntryView record(Actor actor, @PathVariable UUID id, @RequestBody EntryJson body) {
		return this.diary.record(actor, new ClientId(id), body.morning(), body.evening());
	}

	@Operation(summary = "List a client's sleep diary nights")
	@ProblemCodes(status = 422, value = { "RANGE_INVALID" })
	@GetMapping("/diary")
	List<DiaryEntryView> list(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.diary.entries(actor, new ClientId(id), from, to);
	}

	@Operation(summary = "Summarise a client's sleep week by week")
	@GetMapping("/sleep-summary")
	SleepSummary summary(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.diary.summary(actor, new ClientId(id), to);
	}

	/** A night as posted: the vector input's fields plus the optional evening items. */
	record EntryJson(String diaryDate, String timeZone, String intoBed, String triedToSleep, Integer solMinutes,
			Integer awakenings, Integer wasoMinutes, String finalAwakening, String outOfBed, Integer quality,
			Integer minutesTryingAfterFinalAwakening, Boolean wokeEarlierThanPlanned, Integer minutesEarlier,
			Integer napCount, Integer napMinutes, Integer alcoholDrinks, LocalTime alcoholLast, Integer caffeineDrinks,
			LocalTime caffeineLast, String sleepMedication, Boolean wantedMoreSleep) {

		MorningEntry morning() {
			return new MorningEntry(this.diaryDate, this.timeZone, this.intoBed, this.triedToSleep, this.solMinutes,
					this.awakenings, this.wasoMinutes, this.finalAwakening, this.outOfBed, this.quality,
					this.minutesTryingAfterFinalAwakening, this.wokeEarlierThanPlanned, this.minutesEarlier,
					this.napCount, this.napMinutes);
		}

		EveningItems evening() {
			return new EveningItems(this.alcoholDrinks, this.alcoholLast, this.caffeineDrinks, this.caffeineLast,
					this.sleepMedication, this.wantedMoreSleep);
		}

	}

}
