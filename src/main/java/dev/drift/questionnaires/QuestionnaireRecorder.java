package dev.drift.questionnaires;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.RuleViolationException;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Records a completed questionnaire for a client (the client, or staff of their clinic),
 * audited as {@code QUESTIONNAIRE_RECORDED}. Only complete, valid answers are stored.
 */
@Component
class QuestionnaireRecorder {

	static final String RECORDED = "QUESTIONNAIRE_RECORDED";

	private final People people;

	private final QuestionnaireResponseRepository responses;

	private final InstrumentCatalog catalog;

	private final Clock clock;

	QuestionnaireRecorder(People people, QuestionnaireResponseRepository responses, InstrumentCatalog catalog,
			Clock clock) {
		this.people = people;
		this.responses = responses;
		this.catalog = catalog;
		this.clock = clock;
	}

	QuestionnaireResult record(Actor actor, ClientId client, Instrument instrument, JsonNode body) {
		return record(actor, client, instrument, body, Instant.now(this.clock));
	}

	/** Staff transcribe a questionnaire completed earlier (e.g. on paper). */
	QuestionnaireResult recordCompleted(Actor actor, ClientId client, Instrument instrument, JsonNode body,
			Instant completedAt) {
		actor.requireStaff();
		if (completedAt.isAfter(Instant.now(this.clock))) {
			throw new RuleViolationException("COMPLETED_IN_FUTURE",
					"A questionnaire cannot be completed in the future");
		}
		return record(actor, client, instrument, body, completedAt);
	}

	private QuestionnaireResult record(Actor actor, ClientId client, Instrument instrument, JsonNode body,
			Instant completedAt) {
		ClientProfile profile = this.people.reach(actor, client, RECORDED);
		profile.requireHealthDataAllowed();
		String answers;
		Integer total;
		String category;
		if (instrument == Instrument.ISI) {
			IsiAnswers isi = IsiAnswers.fromJson(body, true);
			IsiScore score = IsiScore.of(isi);
			answers = isi.toJson().toString();
			total = score.total();
			category = score.category().name();
		}
		else {
			PsqiAnswers psqi = PsqiAnswers.fromJson(body, true);
			PsqiScore score = PsqiScoring.score(psqi);
			answers = psqi.toJson().toString();
			total = score.global();
			category = QuestionnaireResults.category(score);
		}
		QuestionnaireResponse saved = this.responses.save(QuestionnaireResponse.complete(actor, profile.clinicId(),
				client, this.catalog.get(instrument), answers, total, category, completedAt, profile.timeZone()));
		List<QuestionnaireResult> results = QuestionnaireResults.of(this.responses
			.findByClinicIdAndClientIdOrderByCompletedAtAscIdAsc(profile.clinicId().value(), client.value()),
				instrument);
		return results.stream().filter((r) -> r.id().equals(saved.id())).findFirst().orElseThrow();
	}

}
