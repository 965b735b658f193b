package dev.drift.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.demo.NothingToFlag;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.selfcare.NewRoutineLog;
import dev.drift.selfcare.SelfCare;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistId;
import dev.drift.people.WorkingDay;
import dev.drift.questionnaires.Instrument;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.shared.DriftException;
import dev.drift.sleep.EveningItems;
import dev.drift.sleep.MorningEntry;
import dev.drift.sleep.SleepDiary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 12, acceptance 4: a client downloads their data, withdraws consent (health data
 * entry stops) and asks for erasure; once an admin approves, no diary, questionnaire or
 * intake content of theirs is left in any table (read from the database's own catalogue),
 * the account cannot sign in, and the appointment that took place is kept, locked and
 * listed.
 */
@DriftTest
class ErasureTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Tables that may still name the client after erasure: what the clinic keeps. */
	static final Set<String> KEPT = Set.of("people_client", "booking_appointment", "plan_plan", "plan_version",
			"plan_session", "plan_review", "audit_event", "records_erasure_request", "event_publication");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople testPeople;

	@Autowired
	People people;

	@Autowired
	Records records;

	@Autowired
	SleepDiary diary;

	@Autowired
	Intake intake;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	Booking booking;

	@Autowired
	SelfCare selfCare;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApprovedErasureLeavesNoHealthContentInAnyTableAndKeepsTheHeldAppointmentLocked() throws Exception {
		String mark = "erasure-mark-" + UUID.randomUUID();
		Actor admin = this.testPeople.actor("admin@demo.drift");
		Person person = this.testPeople.newClient();
		ClientId id = person.clientId();
		Actor client = person.actor();
		ClientProfile profile = this.people.findClient(id).orElseThrow();
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		this.diary.record(client, id, night(today.minusDays(1)),
				new EveningItems(1, LocalTime.of(20, 0), null, null, mark + "-diary", true));
		ObjectNode answers = NothingToFlag.answersFor(profile);
		answers.put("other_health_notes", mark + "-intake");
		this.intake.recordIntake(client, id, answers);
		this.questionnaires.record(client, id, Instrument.PSQI, JsonMapper.builder().build().readTree("""
				{"q1BedTime":"22:30","q2LatencyMinutes":45,"q3GetUpTime":"06:45","q4SleepHours":5.5,
				"q5a":3,"q5b":3,"q5c":1,"q5d":0,"q5e":0,"q5f":0,"q5g":0,"q5h":0,"q5i":1,"q5j":1,"q5jText":"%s",
				"q6":2,"q7":1,"q8":1,"q9":2,"q10":"same-bed"}""".formatted(mark + "-psqi")));
		this.selfCare.log(client, id, new NewRoutineLog("hands_breath", true, 360, 7));
		TherapistId therapist = therapist(admin);
		LocalDate held = today.minusDays(10);
		this.booking.recordHeld(admin,
				new BookingRequest(id, therapist, "consultation", held.atTime(10, 0).atZone(LONDON).toInstant(), null));
		LocalDate ahead = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		this.booking.book(client,
				new BookingRequest(id, therapist, "consultation", ahead.atTime(11, 0).atZone(LONDON).toInstant(), null),
				null);

		assertThat(DataExportTests.unzip(this.records.dataExport(client, id)).get("diary.csv")).contains(mark);
		assertThat(leftovers(id, mark)).as("before erasure the marks are there").isNotEmpty();

		this.records.withdrawConsent(client);
		assertThatExceptionOfType(DriftException.class)
			.isThrownBy(() -> this.selfCare.log(client, id, new NewRoutineLog("hands_breath", true, 360, 7)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("HEALTH_DATA_CONSENT_WITHDRAWN"));
		assertThatExceptionOfType(DriftException.class)
			.isThrownBy(() -> this.diary.record(client, id, night(today), null))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("HEALTH_DATA_CONSENT_WITHDRAWN");
				assertThat(ex.status()).isEqualTo(409);
			});
		assertThat(person.signedIn(this.port).get("/clients/" + id.value()).statusCode()).isNotEqualTo(200);
		Http staff = new Http(this.port);
		staff.signIn("therapist@demo.drift", "drift-demo");
		assertThat(staff.get("/clients/" + id.value()).body()).contains("withdrew consent");

		ErasureRequest request = this.records.requestErasure(client);
		ErasureRequest erased = this.records.approveErasure(admin, request.id());

		assertThat(leftovers(id, mark)).isEmpty();
		assertThat(count("select count(*) from booking_appointment where client_id = :id", id)).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where client_id = :id and action = 'CLIENT_ERASED'", id))
			.isEqualTo(1);
		assertThat(erased.retainedAppointments()).isEqualTo(1);
		assertThat(erased.keepUntil()).isEqualTo(held.plusYears(8));
		assertThat(this.records.erasureRequests(admin)).anySatisfy((r) -> {
			assertThat(r.id()).isEqualTo(request.id());
			assertThat(r.open()).isFalse();
		});
		assertThatExceptionOfType(DriftException.class)
			.isThrownBy(() -> this.people.rescheduleSleep(admin, id, SleepSchedule.usual()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("RECORD_LOCKED"));
		UUID kept = this.jdbc.sql("select id from booking_appointment where client_id = :id")
			.param("id", id.value())
			.query(UUID.class)
			.single();
		assertThatExceptionOfType(DriftException.class)
			.isThrownBy(() -> this.booking.cancel(admin, kept, "erased client"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("RECORD_LOCKED"));
		assertThat(new Http(this.port).get("/api/v1/clients/" + id.value(), "Authorization", person.basicAuth())
			.statusCode()).isEqualTo(401);
		assertThat(staff.get("/clients/" + id.value()).body()).contains("erased on request");
	}

	/**
	 * Every table and column of the database (from its catalogue): where a mark still
	 * stands, and which tables other than the kept ones still name the client.
	 */
	private List<String> leftovers(ClientId id, String mark) throws Exception {
		List<String> found = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			Set<String> tables = new TreeSet<>();
			try (Statement s = connection.createStatement();
					ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
							+ " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")) {
				while (rs.next()) {
					tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
				}
			}
			assertThat(tables).contains("sleep_diary_entry", "intake_screening", "sleep_questionnaire_response");
			for (String table : tables) {
				try (Statement s = connection.createStatement();
						ResultSet rs = s.executeQuery("select * from " + table)) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							Object value = rs.getObject(i);
							String text = value instanceof byte[] bytes
									? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
									: String.valueOf(value);
							if (text.contains(mark)) {
								found.add(table + "." + rs.getMetaData().getColumnName(i) + " holds the mark");
							}
							if (text.contains(id.value().toString()) && !KEPT.contains(table)) {
								found.add(table + "." + rs.getMetaData().getColumnName(i) + " names the client");
							}
						}
					}
				}
			}
		}
		return found;
	}

	private long count(String sql, ClientId id) {
		return this.jdbc.sql(sql).param("id", id.value()).query(Long.class).single();
	}

	private TherapistId therapist(Actor admin) {
		List<WorkingDay> hours = Arrays.stream(DayOfWeek.values())
			.map((day) -> new WorkingDay(day, LocalTime.of(9, 0), LocalTime.of(21, 0), null, null))
			.toList();
		return this.people
			.joinTherapist(admin.clinicId(),
					new TherapistDetails("Erasure Therapist " + UUID.randomUUID(), "", Set.of(), hours))
			.id();
	}

	private static MorningEntry night(LocalDate date) {
		return new MorningEntry(date.toString(), "Europe/London", "22:45", "23:00", 20, 1, 10, "06:30", "06:45", 3,
				null, null, null, null, null);
	}

}
