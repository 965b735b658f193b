package dev.drift.records;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import dev.drift.booking.AppointmentView;
import dev.drift.sessions.SessionSummary;
import dev.drift.sessions.Technique;
import dev.drift.intake.ScreeningView;
import dev.drift.people.ClientProfile;
import dev.drift.questionnaires.CompletedQuestionnaire;
import dev.drift.questionnaires.Instrument;
import dev.drift.questionnaires.PsqiScore;
import dev.drift.questionnaires.QuestionnaireResult;
import dev.drift.sleep.DiaryEntryView;
import dev.drift.sleep.NightlyMetrics;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A client's record as a FHIR R4 {@code collection} Bundle: the {@code Patient}, each
 * stored screening and questionnaire as a {@code QuestionnaireResponse} with its scores
 * as {@code Observation}s, each diary night as an {@code Observation} (one component per
 * measure), and every {@code Appointment}. Entries are addressed by {@code urn:uuid:}
 * full URLs and refer to each other by them; ids are stable (the stored record's id, or a
 * name-based UUID derived from it), so two exports of the same record agree.
 *
 * <p>
 * A new section (signed session notes as {@code Encounter} + {@code Procedure}, once the
 * sessions module lands) is one more method called from {@link #of}.
 */
final class FhirBundle {

	private final ClientRecord record;

	private final Bundle bundle = new Bundle();

	private final Reference patient;

	private FhirBundle(ClientRecord record) {
		this.record = record;
		this.patient = reference(record.client().id().value()).setDisplay(record.client().name());
	}

	static Bundle of(ClientRecord record) {
		FhirBundle builder = new FhirBundle(record);
		builder.bundle.setId(derived(record.client().id().value(), "bundle:" + record.readAt()).toString());
		builder.bundle.setType(Bundle.BundleType.COLLECTION);
		builder.bundle.setTimestampElement(new InstantType(Date.from(record.readAt())));
		builder.patient();
		record.screenings().forEach(builder::screening);
		record.questionnaires().forEach(builder::questionnaire);
		record.diary().forEach(builder::night);
		record.appointments().forEach(builder::appointment);
		record.sessions().forEach(builder::session);
		return builder.bundle;
	}

	private void patient() {
		ClientProfile client = this.record.client();
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(DriftCodes.CLIENT_ID).setValue(client.id().value().toString());
		patient.setActive(true);
		patient.addName().setText(client.name());
		if (client.email() != null) {
			patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(client.email());
		}
		if (client.phone() != null) {
			patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(client.phone());
		}
		if (client.dateOfBirth() != null) {
			patient.setBirthDateElement(new DateType(client.dateOfBirth().toString()));
		}
		patient.setManagingOrganization(new Reference().setDisplay(this.record.clinic().name()));
		add(client.id().value(), patient);
	}

	private void screening(ScreeningView screening) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(DriftCodes.QUESTIONNAIRE + "intake");
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(this.patient);
		response.setAuthoredElement(dateTime(screening.screenedAt()));
		response.getIdentifier().setSystem(DriftCodes.RECORD_ID).setValue(screening.id().toString());
		response.setItem(QuestionnaireItems.of(screening.answers()));
		add(screening.id(), response);

		Observation result = observation(DriftCodes.SCORES, "intake-screening", "Intake screening result",
				screening.screenedAt());
		result.addDerivedFrom(reference(screening.id()));
		result.setValue(new CodeableConcept(
				new Coding(DriftCodes.SCORES, "session-level-" + screening.result().sessionLevel().name(), null))
			.setText(screening.result().sessionLevel().name()));
		result.addNote().setText("Rule set " + screening.ruleSetVersion() + "; " + screening.kind());
		add(derived(screening.id(), "result"), result);
	}

	private void questionnaire(CompletedQuestionnaire completed) {
		QuestionnaireResult result = completed.result();
		String instrument = result.instrument().name().toLowerCase(Locale.ROOT);
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(DriftCodes.QUESTIONNAIRE + instrument + "|" + completed.instrumentVersion());
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(this.patient);
		response.setAuthoredElement(dateTime(result.completedAt(), result.zone()));
		response.getIdentifier().setSystem(DriftCodes.RECORD_ID).setValue(result.id().toString());
		response.setItem(QuestionnaireItems.of(completed.answers()));
		add(result.id(), response);

		if (result.total() == null) {
			return;
		}
		Observation score = observation(DriftCodes.SCORES, instrument + "-total",
				result.instrument() == Instrument.ISI ? "ISI total score" : "PSQI global score", result.completedAt());
		score.setEffective(dateTime(result.completedAt(), result.zone()));
		score.addDerivedFrom(reference(result.id()));
		score.setValue(new IntegerType(result.total()));
		if (result.category() != null) {
			score.addComponent()
				.setCode(code(DriftCodes.SCORES, instrument + "-category", "Category"))
				.setValue(new CodeableConcept(new Coding(DriftCodes.SCORES, result.category(), null))
					.setText(result.category()));
		}
		PsqiScore psqi = result.psqi();
		if (psqi != null) {
			Integer[] components = { psqi.c1(), psqi.c2(), psqi.c3(), psqi.c4(), psqi.c5(), psqi.c6(), psqi.c7() };
			for (int i = 0; i < components.length; i++) {
				if (components[i] != null) {
					score.addComponent()
						.setCode(code(DriftCodes.SCORES, "psqi-c" + (i + 1), "PSQI component " + (i + 1)))
						.setValue(new IntegerType(components[i]));
				}
			}
		}
		add(derived(result.id(), "score"), score);
	}

	private void night(DiaryEntryView entry) {
		NightlyMetrics metrics = entry.metrics();
		ZoneId zone = ZoneId.of(entry.entry().timeZone());
		Observation night = observation(DriftCodes.SLEEP, "diary-night", "Sleep diary night", entry.recordedAt());
		night.setEffective(new Period().setStartElement(dateTime(metrics.resolvedUtc().intoBed(), zone))
			.setEndElement(dateTime(metrics.resolvedUtc().outOfBed(), zone)));
		night.getIdentifierFirstRep().setSystem(DriftCodes.RECORD_ID).setValue(entry.id().toString());
		night.addComponent()
			.setCode(
					new CodeableConcept(new Coding(DriftCodes.LOINC, DriftCodes.LOINC_SLEEP_DURATION, "Sleep duration"))
						.addCoding(new Coding(DriftCodes.SLEEP, "tst", "Total sleep time")))
			.setValue(minutes(metrics.tstMinutes()));
		night.addComponent()
			.setCode(code(DriftCodes.SLEEP, "sol", "Time to fall asleep"))
			.setValue(minutes(metrics.solMinutes()));
		night.addComponent()
			.setCode(code(DriftCodes.SLEEP, "waso", "Wake after sleep onset"))
			.setValue(minutes(metrics.wasoMinutes()));
		night.addComponent()
			.setCode(code(DriftCodes.SLEEP, "tib", "Time in bed"))
			.setValue(minutes(metrics.tibMinutes()));
		night.addComponent()
			.setCode(code(DriftCodes.SLEEP, "se", "Sleep efficiency"))
			.setValue(quantity(metrics.sePercent(), "%"));
		night.addComponent()
			.setCode(code(DriftCodes.SLEEP, "awakenings", "Number of awakenings"))
			.setValue(new IntegerType(metrics.nwak()));
		if (metrics.quality() != null) {
			night.addComponent()
				.setCode(code(DriftCodes.SLEEP, "quality", "Sleep quality (0-4)"))
				.setValue(new IntegerType(metrics.quality()));
		}
		if (!metrics.warnings().isEmpty()) {
			night.addNote().setText("Warnings: " + String.join(", ", metrics.warnings()));
		}
		add(entry.id(), night);
	}

	private void appointment(AppointmentView view) {
		Appointment appointment = new Appointment();
		appointment.addIdentifier().setSystem(DriftCodes.RECORD_ID).setValue(view.id().toString());
		appointment.setStatus(
				view.isBooked() ? Appointment.AppointmentStatus.BOOKED : Appointment.AppointmentStatus.CANCELLED);
		if (!view.isBooked() && view.cancelReason() != null) {
			appointment.setCancelationReason(new CodeableConcept().setText(view.cancelReason()));
		}
		appointment.addServiceType(code(DriftCodes.SERVICES, view.serviceCode(), view.serviceName()));
		appointment.setDescription(view.serviceName() + (view.online() ? " (online)" : ""));
		appointment.setStartElement(instant(view.start()));
		appointment.setEndElement(instant(view.end()));
		appointment.setMinutesDuration(view.minutes());
		appointment.addParticipant()
			.setActor(this.patient)
			.setRequired(Appointment.ParticipantRequired.REQUIRED)
			.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		appointment.addParticipant()
			.setActor(new Reference().setDisplay(this.record.therapistName(view.therapistId())))
			.setRequired(Appointment.ParticipantRequired.REQUIRED)
			.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		add(view.id(), appointment);
	}

	/**
	 * A signed session as an {@code Encounter} (ambulatory, finished, for its
	 * appointment) and the massage given as a {@code Procedure}: techniques as its code,
	 * the treated areas as body sites, the minutes treated as its period. Never the
	 * note's free text.
	 */
	private void session(SessionSummary session) {
		UUID encounterId = derived(session.appointmentId(), "encounter");
		int minutes = (session.minutes() == null) ? 0 : session.minutes();
		Period period = new Period().setStartElement(dateTime(session.start()))
			.setEndElement(dateTime(session.start().plusSeconds(60L * minutes)));
		Encounter encounter = new Encounter();
		encounter.addIdentifier().setSystem(DriftCodes.RECORD_ID).setValue(session.appointmentId().toString());
		encounter.setStatus(Encounter.EncounterStatus.FINISHED);
		encounter.setClass_(new Coding(DriftCodes.ACT_CODE, "AMB", "ambulatory"));
		encounter.setSubject(this.patient);
		encounter.addAppointment(reference(session.appointmentId()));
		encounter.setPeriod(period);
		add(encounterId, encounter);

		Procedure procedure = new Procedure();
		procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
		CodeableConcept techniques = new CodeableConcept().setText("Massage");
		Objects.requireNonNullElse(session.techniques(), List.<Technique>of())
			.forEach((t) -> techniques.addCoding(new Coding(DriftCodes.TECHNIQUES, t.name(), label(t.name()))));
		procedure.setCode(techniques);
		procedure.setSubject(this.patient);
		procedure.setEncounter(reference(encounterId));
		procedure.setPerformed(period.copy());
		Objects.requireNonNullElse(session.areas(), List.<String>of())
			.forEach((area) -> procedure.addBodySite(code(DriftCodes.BODY_AREAS, area, label(area))));
		add(derived(session.appointmentId(), "procedure"), procedure);
	}

	private static String label(String code) {
		String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private Observation observation(String system, String code, String display, Instant issued) {
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(DriftCodes.OBSERVATION_CATEGORY, "survey", "Survey")));
		observation.setCode(code(system, code, display));
		observation.setSubject(this.patient);
		observation.addPerformer(this.patient);
		observation.setEffective(dateTime(issued));
		observation.setIssuedElement(new InstantType(Date.from(issued)));
		return observation;
	}

	private void add(UUID id, Resource resource) {
		resource.setId(id.toString());
		this.bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
	}

	private static Reference reference(UUID id) {
		return new Reference("urn:uuid:" + id);
	}

	/**
	 * A stable id for a resource derived from a stored record (its score, its result).
	 */
	private static UUID derived(UUID source, String part) {
		return UUID.nameUUIDFromBytes((source + ":" + part).getBytes(StandardCharsets.UTF_8));
	}

	private static CodeableConcept code(String system, String code, String display) {
		return new CodeableConcept(new Coding(system, code, display)).setText(display);
	}

	private static Quantity minutes(int minutes) {
		return quantity(BigDecimal.valueOf(minutes), "min");
	}

	private static Quantity quantity(BigDecimal value, String ucum) {
		return new Quantity().setValue(value).setUnit(ucum).setSystem(DriftCodes.UCUM).setCode(ucum);
	}

	private DateTimeType dateTime(Instant at) {
		return dateTime(at, this.record.client().timeZone());
	}

	private static DateTimeType dateTime(Instant at, ZoneId zone) {
		return new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(zone));
	}

	private static InstantType instant(ZonedDateTime at) {
		return new InstantType(Date.from(at.toInstant()), TemporalPrecisionEnum.SECOND,
				TimeZone.getTimeZone(at.getZone()));
	}

}
