package dev.drift.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.drift.accounts.Accounts;
import dev.drift.intake.Intake;
import dev.drift.intake.NewClearance;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health-history intakes for the demo clients, through the intake facade: most OK or
 * MODIFY (desk tension, fibromyalgia, blood thinners, pregnancy at 24 weeks, diabetes,
 * scent allergy, osteoporosis), one waiting for clearance (a clot 3 months ago), one
 * deferred (fever today), one with a GP's clearance recorded (a heart-rhythm problem).
 * Clients 15 to 20 have not filled the form yet.
 */
@Component
class DemoIntake {

	private final Intake intake;

	private final Accounts accounts;

	private final People people;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoIntake(Intake intake, Accounts accounts, People people, JsonMapper json, TransactionTemplate transactions,
			Clock clock) {
		this.intake = intake;
		this.accounts = accounts;
		this.people = people;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	@Order(20)
	void seed(DemoClinicCreated created) {
		this.transactions.executeWithoutResult((status) -> seedIntakes(created.admin()));
	}

	private void seedIntakes(Actor admin) {
		record(admin, "client@demo.drift", Map.of("desk_bound", "true", "pain_sites", "[\"neck\",\"shoulders\"]",
				"goals", "[\"fall_asleep_faster\",\"chronic_tension\"]", "pressure_preference", "\"P4\""));
		record(admin, "client2@demo.drift", Map.of("anticoagulants", "true"));
		record(admin, "client3@demo.drift", Map.of("sleep_apnoea_signs", "[\"unrefreshing_sleep\"]"));
		record(admin, "client4@demo.drift", Map.of("fibromyalgia", "true", "goals",
				"[\"widespread_pain_fatigue\",\"stay_asleep\"]", "pressure_preference", "\"P2\""));
		record(admin, "client5@demo.drift",
				Map.of("pregnant", "true", "pregnancy_weeks", "24", "pregnancy_complications", "[]"));
		record(admin, "client6@demo.drift", Map.of("dvt_history", "true", "dvt_current", "false", "dvt_months_ago", "3",
				"dvt_limb", "\"left_leg\""));
		record(admin, "client7@demo.drift", Map.of("fever_today", "true", "temperature_c", "38.4"));
		ClientId cleared = record(admin, "client8@demo.drift", Map.of("heart_conditions", "[\"serious_arrhythmia\"]"));
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/London")));
		this.intake.recordClearance(admin, cleared, new NewClearance(List.of("G09"), "Dr Helen Price", "GP",
				today.minusDays(3), "Keep to medium pressure; sit up slowly at the end.", null));
		record(admin, "client9@demo.drift", Map.of("scent_allergies", "[\"essential_oils\"]"));
		record(admin, "client10@demo.drift", Map.of("diabetes", "true"));
		record(admin, "client11@demo.drift", Map.of("low_mood", "true", "self_harm_thoughts", "false"));
		record(admin, "client12@demo.drift", Map.of());
		record(admin, "client13@demo.drift", Map.of("osteoporosis", "\"severe\""));
		record(admin, "client14@demo.drift", Map.of("bp_status", "\"controlled\"", "bp_systolic", "138", "bp_diastolic",
				"85", "bp_severe_symptoms", "false"));
	}

	private ClientId record(Actor admin, String email, Map<String, String> changes) {
		ClientId id = this.accounts.findByEmail(email).orElseThrow().clientId();
		ClientProfile client = this.people.findClient(id).orElseThrow();
		ObjectNode answers = NothingToFlag.answersFor(client);
		changes.forEach((question, value) -> answers.set(question, this.json.readTree(value)));
		this.intake.recordIntake(admin, id, answers);
		return id;
	}

}
