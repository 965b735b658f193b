package dev.drift.questionnaires;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One completed questionnaire: the answers as given (JSON with the instrument's field
 * names), its headline score, and when, in which zone and by whom it was completed.
 * Responses are never changed; a correction is a new response.
 */
@Table("sleep_questionnaire_response")
class QuestionnaireResponse {

	@Id
	private final UUID id;

	@Version
	private Long version;

	private final UUID clinicId;

	private final UUID clientId;

	private final String instrument;

	private final String instrumentVersion;

	private final String answers;

	private final Integer total;

	private final String category;

	private final Instant completedAt;

	private final String completedZone;

	private final UUID recordedBy;

	private final String recordedRole;

	@PersistenceCreator
	QuestionnaireResponse(UUID id, Long version, UUID clinicId, UUID clientId, String instrument,
			String instrumentVersion, String answers, Integer total, String category, Instant completedAt,
			String completedZone, UUID recordedBy, String recordedRole) {
		this.id = id;
		this.version = version;
		this.clinicId = clinicId;
		this.clientId = clientId;
		this.instrument = instrument;
		this.instrumentVersion = instrumentVersion;
		this.answers = answers;
		this.total = total;
		this.category = category;
		this.completedAt = completedAt;
		this.completedZone = completedZone;
		this.recordedBy = recordedBy;
		this.recordedRole = recordedRole;
	}

	static QuestionnaireResponse complete(Actor actor, ClinicId clinic, ClientId client,
			InstrumentDefinition definition, String answers, Integer total, String category, Instant at, ZoneId zone) {
		return new QuestionnaireResponse(UUID.randomUUID(), null, clinic.value(), client.value(), definition.id(),
				definition.version(), answers, total, category, at, zone.getId(), actor.accountId(),
				actor.role().name());
	}

	UUID clientId() {
		return this.clientId;
	}

	UUID id() {
		return this.id;
	}

	Instrument instrument() {
		return Instrument.fromId(this.instrument).orElseThrow();
	}

	String answers() {
		return this.answers;
	}

	String instrumentVersion() {
		return this.instrumentVersion;
	}

	Integer total() {
		return this.total;
	}

	Instant completedAt() {
		return this.completedAt;
	}

	ZoneId completedZone() {
		return ZoneId.of(this.completedZone);
	}

}
