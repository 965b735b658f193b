package dev.drift.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.people.Actor;
import dev.drift.people.Role;
import dev.drift.sessions.AttendanceStatus;
import dev.drift.sessions.Sessions;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Session-note benchmark on PostgreSQL (not a test): on the booking benchmark's clinic
 * (20 therapists, 50,000 future appointments), a therapist with an API token saves a
 * whole draft note over HTTP again and again (as the note page does while the therapist
 * types), then signs {@value #SIGNS} notes; prints median and p99 of each. Recreates
 * {@code drift_sessions_bench}. Run with {@code bench/sessions.sh}.
 */
public final class SessionNoteBench {

	static final int SIGNS = 100;

	static final String NOTE = """
			{"subjective": {"sleepReport": "Woke twice", "sleepRating": 6, "pain": 2, "stress": 5, "goals": "Unwind"},
			 "objective": {"areas": [{"area": "neck", "pressure": "P2"}, {"area": "upper_back", "pressure": "P3"},
			   {"area": "lower_back", "pressure": "P3"}], "techniques": ["SWEDISH"], "position": "prone",
			   "minutes": 55, "aromatherapy": false, "confirmedModifications": ["CAP(global,P3)", "NO_DEEP_TISSUE"]},
			 "assessment": {"driftOff": "DRIFTED_OFF", "asleepMinutes": 12, "response": "Settled quickly"},
			 "plan": {"nextSession": "Next week", "homeAdvice": "Warm shower before bed", "changes": "None"}}""";

	private SessionNoteBench() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = BookingBench.start(args.length > 0 ? args[0] : "drift_sessions_bench");
		try {
			BookingBench.Run run = new BookingBench.Run(context);
			run.setUp();
			run.seed();
			System.out.printf(Locale.ROOT, "setup: %d therapists, %d future appointments%n", BookingBench.THERAPISTS,
					run.count());
			notes(run);
		}
		finally {
			context.close();
		}
	}

	static void notes(BookingBench.Run run) throws Exception {
		Accounts accounts = run.context.getBean(Accounts.class);
		Booking booking = run.context.getBean(Booking.class);
		Sessions sessions = run.context.getBean(Sessions.class);
		Instant now = run.context.getBean(Clock.class).instant();
		AccountView account = accounts.createStaff(run.adminActor, new NewStaff("Bench Therapist",
				"therapist-" + UUID.randomUUID() + "@bench.drift", Role.THERAPIST, "bench-password-1"));
		Actor therapist = new Actor(account.id(), account.clinicId(), Role.THERAPIST, null, account.therapistId());
		String token = "Bearer " + accounts.issueToken(therapist, "bench").secret();
		List<UUID> appointments = new ArrayList<>();
		for (int i = 0; i < SIGNS + 1; i++) {
			// the screened clients, each session two hours apart in the past
			UUID id = booking
				.recordHeld(run.adminActor,
						new BookingRequest(run.clients.get(i % BookingBench.THREADS), account.therapistId(),
								"massage-60", now.minus(Duration.ofHours(2L * (i + 1))), null))
				.appointment()
				.id();
			sessions.markAttendance(run.adminActor, id, AttendanceStatus.ATTENDED);
			appointments.add(id);
		}
		UUID drafted = appointments.get(SIGNS);
		double[] save = BookingBench.Run.timed(() -> require(put(run, drafted, token), 200));
		double[] sign = new double[SIGNS];
		for (int i = 0; i < SIGNS; i++) {
			require(put(run, appointments.get(i), token), 200);
			long start = System.nanoTime();
			require(post(run, appointments.get(i), token), 200);
			sign[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(sign);
		System.out.printf(Locale.ROOT,
				"save a whole draft note over HTTP (PUT, API token, %d runs): median %.1f ms, p99 %.1f ms%n",
				save.length, BookingBench.Run.percentile(save, 50), BookingBench.Run.percentile(save, 99));
		System.out.printf(Locale.ROOT, "sign a note over HTTP (POST, %d notes): median %.1f ms, p99 %.1f ms%n", SIGNS,
				BookingBench.Run.percentile(sign, 50), BookingBench.Run.percentile(sign, 99));
	}

	static HttpResponse<String> put(BookingBench.Run run, UUID appointment, String token) throws Exception {
		return run.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + run.port + "/api/v1/appointments/" + appointment + "/note"))
			.header("Authorization", token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(NOTE))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(BookingBench.Run run, UUID appointment, String token) throws Exception {
		return run.http.send(HttpRequest
			.newBuilder(
					URI.create("http://localhost:" + run.port + "/api/v1/appointments/" + appointment + "/note/sign"))
			.header("Authorization", token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static void require(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}

}
