package dev.drift.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.drift.booking.AppointmentView;
import dev.drift.selfcare.RoutineLog;
import dev.drift.sessions.SessionSummary;
import dev.drift.sessions.Technique;
import dev.drift.intake.ScreeningView;
import dev.drift.people.ClientProfile;
import dev.drift.questionnaires.CompletedQuestionnaire;
import dev.drift.questionnaires.QuestionnaireResult;
import dev.drift.sleep.DiaryEntryView;
import dev.drift.sleep.EveningItems;
import dev.drift.sleep.MorningEntry;
import dev.drift.sleep.NightlyMetrics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own data (GDPR Art. 15 and 20) as one ZIP: each part as JSON (complete, as
 * the API shows it) and as CSV (one row per record, answers one row per question), and
 * the FHIR bundle. Texts are UTF-8; the CSV files follow RFC 4180 ({@link Csv}).
 */
final class DataExport {

	private final JsonMapper json;

	private final ClientRecord record;

	private final ZipOutputStream zip;

	private DataExport(JsonMapper json, ClientRecord record, ZipOutputStream zip) {
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
		this.record = record;
		this.zip = zip;
	}

	static byte[] zip(JsonMapper json, ClientRecord record, String fhirBundle) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			DataExport export = new DataExport(json, record, zip);
			export.write("README.txt", readme(record));
			export.profile();
			export.screenings();
			export.diary();
			export.questionnaires();
			export.appointments();
			export.sessions();
			export.routines();
			export.write("fhir-bundle.json", fhirBundle);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private void profile() {
		ClientProfile c = this.record.client();
		writeJson("profile.json", c);
		Csv profile = new Csv("field", "value").row("id", c.id().value())
			.row("clinic", this.record.clinic().name())
			.row("name", c.name())
			.row("email", c.email())
			.row("phone", c.phone())
			.row("date_of_birth", c.dateOfBirth())
			.row("time_zone", c.timeZone().getId())
			.row("workday_main_sleep_start", c.sleep().workdayMainSleepStart())
			.row("offday_main_sleep_start", c.sleep().offdayMainSleepStart())
			.row("workdays",
					c.sleep().workdays().stream().sorted().map(Object::toString).collect(Collectors.joining(" ")))
			.row("shift_pattern", c.sleep().shiftPattern())
			.row("contact_by_email", c.contact().byEmail())
			.row("contact_by_sms", c.contact().bySms());
		write("profile.csv", profile.toString());
		Csv consents = new Csv("consent", "given_at", "zone", "state");
		c.consent()
			.ifPresentOrElse(
					(consent) -> consents.row("health_data_processing", consent.givenAt(), consent.zone().getId(),
							"GIVEN"),
					() -> consents.row("health_data_processing", null, null, "NOT_GIVEN_OR_WITHDRAWN"));
		write("consents.csv", consents.toString());
	}

	private void screenings() {
		writeJson("screenings.json", this.record.screenings());
		Csv screenings = new Csv("screening_id", "kind", "screened_at", "rule_set_version", "session_level",
				"triggered_rules");
		Csv answers = new Csv("screening_id", "screened_at", "question", "answer");
		for (ScreeningView s : this.record.screenings()) {
			screenings.row(s.id(), s.kind(), s.screenedAt(), s.ruleSetVersion(), s.result().sessionLevel(),
					String.join(" ", s.result().triggeredRules()));
			flatten(s.answers(), "", (question, answer) -> answers.row(s.id(), s.screenedAt(), question, answer));
		}
		write("screenings.csv", screenings.toString());
		write("intake-answers.csv", answers.toString());
	}

	private void diary() {
		writeJson("diary.json", this.record.diary());
		Csv diary = new Csv("diary_date", "time_zone", "into_bed", "tried_to_sleep", "minutes_to_fall_asleep",
				"awakenings", "minutes_awake_after_sleep_onset", "final_awakening", "out_of_bed", "quality",
				"time_in_bed_minutes", "total_sleep_minutes", "sleep_efficiency_percent", "nap_count", "nap_minutes",
				"alcohol_drinks", "alcohol_last", "caffeine_drinks", "caffeine_last", "sleep_medication",
				"wanted_more_sleep", "warnings", "recorded_at", "changed_at");
		for (DiaryEntryView d : this.record.diary()) {
			MorningEntry m = d.entry();
			EveningItems e = (d.evening() == null) ? EveningItems.none() : d.evening();
			NightlyMetrics n = d.metrics();
			diary.row(d.diaryDate(), m.timeZone(), m.intoBed(), m.triedToSleep(), m.solMinutes(), m.awakenings(),
					m.wasoMinutes(), m.finalAwakening(), m.outOfBed(), m.quality(), n.tibMinutes(), n.tstMinutes(),
					n.sePercent(), m.napCount(), m.napMinutes(), e.alcoholDrinks(), e.alcoholLast(), e.caffeineDrinks(),
					e.caffeineLast(), e.sleepMedication(), e.wantedMoreSleep(), String.join(" ", n.warnings()),
					d.recordedAt(), d.changedAt());
		}
		write("diary.csv", diary.toString());
	}

	private void questionnaires() {
		writeJson("questionnaires.json", this.record.questionnaires());
		Csv list = new Csv("questionnaire_id", "instrument", "version", "completed_at", "zone", "total", "category");
		Csv answers = new Csv("questionnaire_id", "instrument", "item", "answer");
		for (CompletedQuestionnaire q : this.record.questionnaires()) {
			QuestionnaireResult r = q.result();
			list.row(r.id(), r.instrument(), q.instrumentVersion(), r.completedAt(), r.zone().getId(), r.total(),
					r.category());
			flatten(q.answers(), "", (item, answer) -> answers.row(r.id(), r.instrument(), item, answer));
		}
		write("questionnaires.csv", list.toString());
		write("questionnaire-answers.csv", answers.toString());
	}

	private void appointments() {
		writeJson("appointments.json", this.record.appointments());
		Csv csv = new Csv("appointment_id", "service", "therapist", "start", "end", "minutes", "price", "online",
				"status", "cancel_reason");
		for (AppointmentView a : this.record.appointments()) {
			csv.row(a.id(), a.serviceName(), this.record.therapistName(a.therapistId()), a.start().toOffsetDateTime(),
					a.end().toOffsetDateTime(), a.minutes(), a.price(), a.online(), a.status(), a.cancelReason());
		}
		write("appointments.csv", csv.toString());
	}

	private void sessions() {
		writeJson("sessions.json", this.record.sessions());
		Csv csv = new Csv("appointment_id", "start", "techniques", "areas", "minutes", "home_advice", "next_session");
		for (SessionSummary s : this.record.sessions()) {
			csv.row(s.appointmentId(), s.start(),
					String.join(" ",
							java.util.Objects.requireNonNullElse(s.techniques(), List.<Technique>of())
								.stream()
								.map(Enum::name)
								.toList()),
					String.join(" ", java.util.Objects.requireNonNullElse(s.areas(), List.<String>of())), s.minutes(),
					s.homeAdvice(), s.nextSession());
		}
		write("sessions.csv", csv.toString());
	}

	private void routines() {
		writeJson("routines.json", this.record.routines());
		Csv csv = new Csv("log_id", "evening", "night", "variant", "completed", "seconds", "relaxation", "logged_at");
		for (RoutineLog r : this.record.routines()) {
			csv.row(r.id(), r.eveningDate(), r.nightDate(), r.variant(), r.completed(), r.seconds(), r.relaxation(),
					r.loggedAt());
		}
		write("routines.csv", csv.toString());
	}

	/** Each answered leaf as (path, value): {@code goals[0]}, {@code items.q1}. */
	static void flatten(JsonNode node, String path, BiConsumer<String, Object> out) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return;
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(node.get(i), path + "[" + i + "]", out);
			}
		}
		else if (node.isNumber()) {
			out.accept(path, node.numberValue());
		}
		else if (node.isBoolean()) {
			out.accept(path, node.booleanValue());
		}
		else {
			out.accept(path, node.asString());
		}
	}

	private void writeJson(String name, Object value) {
		write(name, this.json.writeValueAsString(value));
	}

	private void write(String name, String text) {
		try {
			this.zip.putNextEntry(new ZipEntry(name));
			this.zip.write(text.getBytes(StandardCharsets.UTF_8));
			this.zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readme(ClientRecord record) {
		return """
				Your data at %s, as Drift held it at %s (UTC).

				profile.json, profile.csv     your profile, sleep schedule and contact preferences
				consents.csv                  your consent to the processing of health data
				screenings.json, .csv         your health questionnaires (intake and pre-visit checks) and their results
				intake-answers.csv            every answer of those questionnaires, one row per question
				diary.json, diary.csv         your sleep diary, one row per night, with the measures Drift computed
				questionnaires.json, .csv     your ISI and PSQI questionnaires and their scores
				questionnaire-answers.csv     every answer of those, one row per item
				appointments.json, .csv       your appointments
				sessions.json, .csv           your treatment sessions: what was done and the home advice
				routines.json, .csv           your self-care routine log
				fhir-bundle.json              all of it as a FHIR R4 Bundle, for other health software

				CSV files are UTF-8 and follow RFC 4180. A text cell starting with = + - or @ has an
				apostrophe in front, so that spreadsheets do not run it as a formula.
				""".formatted(record.clinic().name(), record.readAt());
	}

}
