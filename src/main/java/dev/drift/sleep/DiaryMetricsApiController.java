package dev.drift.sleep;

import java.util.List;

import dev.drift.people.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless diary scoring for any signed-in user: the body of {@code metrics} is a
 * vector's {@code input}, the answer holds every field of its {@code expected}.
 */
@RestController
@RequestMapping("/api/v1/sleep-diary")
class DiaryMetricsApiController implements NightProblems {

	private final SleepDiary diary;

	DiaryMetricsApiController(SleepDiary diary) {
		this.diary = diary;
	}

	@Operation(summary = "Compute one night's sleep metrics from a morning entry")
	@PostMapping("/metrics")
	NightlyMetrics metrics(Actor actor, @RequestBody MorningEntry entry) {
		return this.diary.metrics(actor, entry);
	}

	@Operation(summary = "Summarise the metrics of several nights")
	@PostMapping("/summary")
	DiarySummary summary(Actor actor, @Valid @RequestBody Nights body) {
		return this.diary.summarise(actor, body.nights());
	}

	/** The nights to summarise, in order. */
	record Nights(@NotNull @Size(max = 2000) List<@NotNull MorningEntry> nights) {

	}

}
