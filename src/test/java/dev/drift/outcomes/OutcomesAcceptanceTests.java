package dev.drift.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.sessions.SessionAppointment;
import dev.drift.sessions.Sessions;
import dev.drift.sleep.DiaryEntryView;
import dev.drift.sleep.EveningItems;
import dev.drift.sleep.MorningEntry;
import dev.drift.sleep.SleepDiary;
import dev.drift.sleep.SleepSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18's acceptance on the demo clinic: session nights and other nights equal a
 * recomputation from the raw diary and the attended appointments; baseline and latest
 * equal the sleep summary's; analytics with groups shown and suppressed; a client gets
 * 403 for analytics; a therapist reaches only clients they treated; another clinic's
 * client is 404 with nothing in the body; one audit row per read; a diary night reaches
 * the projection through the event.
 */
@DriftTest
class OutcomesAcceptanceTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	OutcomesStore store;

	@Autowired
	People directory;

	@Autowired
	Outcomes outcomes;

	@Autowired
	SleepDiary diary;

	@Autowired
	Sessions sessions;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	private Actor admin() {
		return this.people.actor("admin@demo.drift");
	}

	@Test
	void demoClientsSessionAndOtherNightsEqualARecomputationFromTheRawDiaryAndAttendedSessions() {
		Actor admin = admin();
		int withSessionNights = 0;
		for (ClientProfile client : this.directory.clientsOf(admin.clinicId())) {
			if (!client.email().endsWith("@demo.drift")) {
				// other tests' clients, recorded at other test-clock times: the read
				// model
				// keeps the windows of its last refresh (see README, outcomes)
				continue;
			}
			ClientOutcomes progress = this.outcomes.progress(admin, client.id());
			ClientOutcomes.NightGroup[] expected = recompute(admin, client);
			assertThat(progress.sessionNights()).as(client.email()).isEqualTo(expected[0]);
			assertThat(progress.otherNights()).as(client.email()).isEqualTo(expected[1]);
			SleepSummary summary = this.diary.summary(admin, client.id(), null);
			assertThat(progress.baseline()).as(client.email()).isEqualTo(summary.baseline());
			assertThat(progress.latest()).as(client.email())
				.isEqualTo(summary.latestWeek() == null ? null : summary.latestWeek().window());
			withSessionNights += (progress.sessionNights().nights() > 0) ? 1 : 0;
		}
		assertThat(withSessionNights).as("demo clients with session nights").isGreaterThanOrEqualTo(5);
	}

	/** The definition, straight from the raw data. */
	private ClientOutcomes.NightGroup[] recompute(Actor admin, ClientProfile client) {
		ZoneId zone = client.timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		List<SessionAppointment> attended = this.sessions.appointments(admin, today.minusDays(91), today, null,
				client.id(), "ATTENDED", null);
		Set<LocalDate> sessionNights = new HashSet<>();
		LocalDate first = null;
		for (SessionAppointment a : attended) {
			LocalDate date = a.appointment().start().withZoneSameInstant(zone).toLocalDate();
			sessionNights.add(date.plusDays(1));
			first = (first == null || date.isBefore(first)) ? date : first;
		}
		long[] s = new long[3];
		long[] o = new long[3];
		for (DiaryEntryView entry : this.diary.allEntries(admin, client.id())) {
			if (first == null || !entry.diaryDate().isAfter(first)) {
				continue;
			}
			long[] sums = sessionNights.contains(entry.diaryDate()) ? s : o;
			sums[0]++;
			sums[1] += entry.metrics().solMinutes();
			sums[2] += entry.metrics().tstMinutes();
		}
		return new ClientOutcomes.NightGroup[] { group(s), group(o) };
	}

	private static ClientOutcomes.NightGroup group(long[] sums) {
		if (sums[0] == 0) {
			return new ClientOutcomes.NightGroup(0, null, null);
		}
		BigDecimal n = BigDecimal.valueOf(sums[0]);
		return new ClientOutcomes.NightGroup((int) sums[0],
				BigDecimal.valueOf(sums[1]).divide(n, 2, RoundingMode.HALF_UP),
				BigDecimal.valueOf(sums[2]).divide(n, 2, RoundingMode.HALF_UP));
	}

	@Test
	void theDemoHasAGroupToShowInEveryGroupingAndAtLeastOneSuppressedAndEveryClientOncePerGrouping() {
		Actor admin = admin();
		int shown = 0;
		int suppressed = 0;
		Integer total = null;
		for (Grouping grouping : Grouping.values()) {
			OutcomeAnalytics analytics = this.outcomes.analytics(admin, grouping, null, null, null, null);
			shown += analytics.groups().size();
			suppressed += analytics.suppressedGroups();
			assertThat(analytics.groups()).as(grouping + ": a group to show").isNotEmpty();
			assertThat(analytics).as(grouping + ": the database's sums, as the clients' rows add up")
				.isEqualTo(Analysis.of(grouping, null, null, Analysis.GroupSums.of(grouping,
						this.store.analyticsRows(admin.clinicId().value(), null, null, null, null))));
			analytics.groups().forEach((g) -> assertThat(g.clients()).isGreaterThanOrEqualTo(5));
			Set<String> keys = new HashSet<>();
			analytics.groups().forEach((g) -> assertThat(keys.add(g.key())).isTrue());
			int clients = analytics.groups().stream().mapToInt(OutcomeAnalytics.Group::clients).sum();
			if (analytics.suppressedGroups() == 0) {
				total = (total == null) ? clients : total;
				assertThat(clients).as(grouping + ": every client once").isEqualTo(total);
			}
		}
		assertThat(shown).isGreaterThanOrEqualTo(3);
		assertThat(suppressed).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aClientAskingForAnalyticsGets403AndTheirOwnProgressOnly() throws Exception {
		Http http = new Http(this.port);
		String client = this.people.bearer("client@demo.drift");
		HttpResponse<String> analytics = http.get("/api/v1/analytics/outcomes?by=technique", "Authorization", client);
		assertThat(analytics.statusCode()).isEqualTo(403);
		ClientId own = this.people.actor("client@demo.drift").clientId();
		ClientId other = this.people.actor("client2@demo.drift").clientId();
		assertThat(http.get("/api/v1/clients/" + own.value() + "/outcomes", "Authorization", client).statusCode())
			.isEqualTo(200);
		HttpResponse<String> another = http.get("/api/v1/clients/" + other.value() + "/outcomes", "Authorization",
				client);
		assertThat(another.statusCode()).isEqualTo(404);
		assertThat(another.body()).doesNotContain("baseline").doesNotContain("client2");
	}

	@Test
	void aTherapistSeesOnlyClientsTheyTreatedAndAnotherClinicGets404WithNothingInTheBody() throws Exception {
		Http http = new Http(this.port);
		Actor maya = this.people.actor("therapist@demo.drift");
		String therapist = this.people.bearer("therapist@demo.drift");
		int treated = 0;
		int notTreated = 0;
		for (ClientProfile client : this.directory.clientsOf(maya.clinicId())) {
			boolean theirs = this.sessions
				.appointments(admin(), LocalDate.now(this.clock).minusDays(91), LocalDate.now(this.clock),
						maya.therapistId(), client.id(), "ATTENDED", null)
				.size() > 0;
			int status = http.get("/api/v1/clients/" + client.id().value() + "/outcomes", "Authorization", therapist)
				.statusCode();
			assertThat(status).as(client.email()).isEqualTo(theirs ? 200 : 404);
			treated += theirs ? 1 : 0;
			notTreated += theirs ? 0 : 1;
		}
		assertThat(treated).isPositive();
		assertThat(notTreated).isPositive();
		Actor admin = admin();
		for (Grouping grouping : Grouping.values()) {
			OutcomeAnalytics own = this.outcomes.analytics(maya, grouping, null, null, null, null);
			assertThat(own).isEqualTo(this.outcomes.analytics(admin, grouping, null, null, maya.therapistId(), null));
			Actor other = this.people.actor("therapist2@demo.drift");
			assertThat(this.outcomes.analytics(maya, grouping, null, null, other.therapistId(), null)).isEqualTo(own);
			System.out
				.println("demo analytics (admin) " + this.outcomes.analytics(admin, grouping, null, null, null, null));
		}

		TestPeople.TestClinic elsewhere = this.people.newClinic();
		HttpResponse<String> foreign = http.get(
				"/api/v1/clients/" + this.people.actor("client@demo.drift").clientId().value() + "/outcomes",
				"Authorization", this.people.bearer(elsewhere.admin().email()));
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain("baseline").doesNotContain("sessionNights");
	}

	@Test
	void eachReadWritesOneAuditRowAndAnUnknownGroupingIs422WithItsCode() throws Exception {
		ClientId client = this.people.actor("client4@demo.drift").clientId();
		long before = this.audit.count("OUTCOMES_READ", client.value());
		this.outcomes.progress(admin(), client);
		assertThat(this.audit.count("OUTCOMES_READ", client.value())).isEqualTo(before + 1);

		HttpResponse<String> bad = new Http(this.port).get("/api/v1/analytics/outcomes?by=colour", "Authorization",
				this.people.bearer("admin@demo.drift"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(bad.body()).get("code").asString()).isEqualTo("INVALID_GROUPING");
		HttpResponse<String> csv = new Http(this.port).get("/api/v1/analytics/outcomes.csv?by=driftOff",
				"Authorization", this.people.bearer("admin@demo.drift"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("by,key,clients,nights,sol_change_mean");
	}

	@Test
	void aRecordedDiaryNightReachesTheProjectionThroughItsEvent() {
		Person client = this.people.newClient();
		LocalDate today = LocalDate.now(this.clock.withZone(TestPeople.LONDON));
		String date = today.minusDays(1).toString();
		this.diary.record(client.actor(), client.clientId(), new MorningEntry(date, null, "23:00", "23:10", 25, 1, 10,
				"06:40", "07:00", 3, null, null, null, null, null), EveningItems.none());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.outcomes.clientCsv(client.actor(), client.clientId()))
				.contains("diary," + date + ",minutes_to_fall_asleep,25"));
	}

	@Test
	void aRecordedFirstSessionReachesTheProjectionThroughItsEvent() {
		Person client = this.people.newClient();
		LocalDate today = LocalDate.now(this.clock.withZone(TestPeople.LONDON));
		this.diary.record(client.actor(), client.clientId(), new MorningEntry(today.minusDays(1).toString(), null,
				"23:00", "23:10", 25, 1, 10, "06:40", "07:00", 3, null, null, null, null, null), EveningItems.none());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.store.projected(client.clientId().value()).isPresent());
		this.diary.recordFirstSession(admin(), client.clientId(), today.minusDays(3));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.store.projected(client.clientId().value()).orElseThrow().row().firstSession())
						.isEqualTo(today.minusDays(3)));
	}

	@Test
	void concurrentRefreshesOfOneClientAllSucceed() throws Exception {
		ClientId client = this.people.actor("client4@demo.drift").clientId();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<?>> refreshes = new java.util.ArrayList<>();
			for (int i = 0; i < 24; i++) {
				refreshes.add(pool.submit(() -> this.outcomes.refresh(client)));
			}
			for (java.util.concurrent.Future<?> refresh : refreshes) {
				refresh.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.store.projected(client.value())).isPresent();
	}

}
