package dev.drift.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class DemoSleepDiaryTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void demoClientsHaveEightWeeksOfNightsAndTheFirstOnesANightAcrossTheLatestClockChange() {
		ClientProfile emma = client("client@demo.drift");
		LocalDate today = LocalDate.now(this.clock.withZone(emma.timeZone()));
		LocalDate clockChange = DemoSleepDiary.lastClockChange(emma.timeZone(), today);

		long nights = this.jdbc
			.sql("select count(*) from sleep_diary_entry where client_id = :c and diary_date between :from and :today")
			.param("c", emma.id().value())
			.param("from", today.minusDays(55))
			.param("today", today)
			.query(Long.class)
			.single();
		Integer tib = this.jdbc
			.sql("select tib_minutes from sleep_diary_entry where client_id = :c and diary_date = :d")
			.param("c", emma.id().value())
			.param("d", clockChange)
			.query(Integer.class)
			.optional()
			.orElse(null);
		String[] clock = this.jdbc
			.sql("select into_bed, out_of_bed from sleep_diary_entry where client_id = :c and diary_date = :d")
			.param("c", emma.id().value())
			.param("d", clockChange)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();

		assertThat(nights).isBetween(40L, 56L);
		int clockMinutes = Math.floorMod(minutes(clock[1]) - minutes(clock[0]), 24 * 60);
		assertThat(Math.abs(tib - clockMinutes)).as("TIB differs from the clock difference by the change")
			.isEqualTo(60);
	}

	@Test
	void aClearlyImprovingClientSleepsBetterThanAtBaselineAndTheModelIsDeterministic() {
		ClientProfile emma = client("client@demo.drift");
		LocalDate today = LocalDate.now(this.clock.withZone(emma.timeZone()));
		LocalDate first = this.jdbc.sql("select min(diary_date) from sleep_diary_entry where client_id = :c")
			.param("c", emma.id().value())
			.query(LocalDate.class)
			.single();
		BigDecimal early = meanSol(emma.id(), first, first.plusDays(13));
		BigDecimal late = meanSol(emma.id(), today.minusDays(13), today);

		assertThat(late).isLessThan(early);
		assertThat(DemoSleepDiary.nights(emma, today.minusDays(55), today, today, DemoSleepDiary.Trend.CLEAR,
				new Random(5)))
			.isEqualTo(DemoSleepDiary.nights(emma, today.minusDays(55), today, today, DemoSleepDiary.Trend.CLEAR,
					new Random(5)));
	}

	@Test
	void theSleepPageShowsChartsForADemoClient() {
		Http http = new Http(this.port);
		http.signIn("client@demo.drift", "drift-demo");

		assertThat(http.get("/me/sleep").body()).contains("id=\"sleep-chart\"", "Baseline and latest week");
		assertThat(http.get("/me/sleep/nights.json").body()).contains("\"labels\":[\"");
	}

	private BigDecimal meanSol(ClientId client, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select avg(cast(sol_minutes as numeric)) from sleep_diary_entry where client_id = :c"
					+ " and diary_date between :f and :t")
			.param("c", client.value())
			.param("f", from)
			.param("t", to)
			.query(BigDecimal.class)
			.single();
	}

	private ClientProfile client(String email) {
		return this.people.findClient(this.accounts.findByEmail(email).orElseThrow().clientId()).orElseThrow();
	}

	private static int minutes(String hhmm) {
		return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
	}

}
