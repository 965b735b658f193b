package dev.drift.booking;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.people.ClientProfile;
import dev.drift.people.TherapistProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simultaneous bookings over HTTP, on H2 and (with -Ppostgres) on PostgreSQL.
 */
@DriftTest
@Import(BookingFixture.class)
class BookingConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftySimultaneousRequestsForOneSlotBookItExactlyOnce() throws Exception {
		TherapistProfile therapist = this.fixture.therapist();
		List<ClientProfile> clients = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			clients.add(this.fixture.client());
		}
		String admin = this.fixture.bearer("admin@demo.drift");
		String start = BookingFixture.at(this.fixture.wednesday(9), "18:00");

		List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			UUID client = clients.get(i % clients.size()).id().value();
			requests.add(() -> new Http(this.port).json("POST", "/api/v1/appointments",
					BookingFixture.booking(client, therapist.id().value(), "massage-60", start), "Authorization",
					admin));
		}
		List<Integer> statuses = runTogether(requests).stream().map(HttpResponse::statusCode).toList();

		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(49);
		assertThat(this.jdbc.sql("select count(*) from booking_appointment where therapist_id = :t")
			.param("t", therapist.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoHundredRandomOverlappingRequestsNeverDoubleBookATherapistOrAClient() throws Exception {
		List<TherapistProfile> therapists = List.of(this.fixture.therapist(), this.fixture.therapist(),
				this.fixture.therapist());
		List<ClientProfile> clients = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			clients.add(this.fixture.client());
		}
		String admin = this.fixture.bearer("admin@demo.drift");
		LocalDate day = this.fixture.wednesday(10);
		Random random = new Random(20261121L);
		List<String> services = List.of("massage-30", "massage-60", "massage-90");
		List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			UUID therapist = therapists.get(random.nextInt(3)).id().value();
			UUID client = clients.get(random.nextInt(20)).id().value();
			String service = services.get(random.nextInt(3));
			int quarter = random.nextInt(16); // 09:00 to 12:45: heavy overlap
			String start = BookingFixture.at(day, String.format("%02d:%02d", 9 + quarter / 4, quarter % 4 * 15));
			requests.add(() -> new Http(this.port).json("POST", "/api/v1/appointments",
					BookingFixture.booking(client, therapist, service, start), "Authorization", admin));
		}
		List<HttpResponse<String>> responses = runTogether(requests);

		assertThat(responses).allSatisfy((response) -> assertThat(response.statusCode()).isIn(201, 409));
		assertThat(responses).filteredOn((response) -> response.statusCode() == 201).hasSizeGreaterThan(5);
		List<Map<String, Object>> booked = this.jdbc
			.sql("select therapist_id, client_id, starts_at, blocked_until from booking_appointment"
					+ " where status = 'BOOKED' and starts_at >= :from and starts_at < :to and therapist_id in (:ids)")
			.param("ids", therapists.stream().map((t) -> t.id().value()).toList())
			.param("from", day.atStartOfDay(BookingFixture.LONDON).toOffsetDateTime())
			.param("to", day.plusDays(1).atStartOfDay(BookingFixture.LONDON).toOffsetDateTime())
			.query()
			.listOfRows();
		assertThat(booked).hasSize((int) responses.stream().filter((r) -> r.statusCode() == 201).count());
		for (int i = 0; i < booked.size(); i++) {
			for (int j = i + 1; j < booked.size(); j++) {
				Map<String, Object> a = booked.get(i);
				Map<String, Object> b = booked.get(j);
				boolean overlap = instant(a, "starts_at").isBefore(instant(b, "blocked_until"))
						&& instant(b, "starts_at").isBefore(instant(a, "blocked_until"));
				if (overlap) {
					assertThat(a.get("therapist_id")).isNotEqualTo(b.get("therapist_id"));
					assertThat(a.get("client_id")).isNotEqualTo(b.get("client_id"));
				}
			}
		}
	}

	private static java.time.Instant instant(Map<String, Object> row, String column) {
		Object value = row.get(column);
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		return ((java.time.temporal.TemporalAccessor) value).query(java.time.Instant::from);
	}

	private static List<HttpResponse<String>> runTogether(List<Callable<HttpResponse<String>>> requests)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(requests.size(), 50));
		try {
			CountDownLatch ready = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (Callable<HttpResponse<String>> request : requests) {
				futures.add(pool.submit(() -> {
					ready.await();
					return request.call();
				}));
			}
			ready.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(Duration.ofMinutes(2).toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
