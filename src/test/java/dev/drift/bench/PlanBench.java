package dev.drift.bench;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.ScreenedClients;
import dev.drift.SpecFiles;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.plan.CourseBooking;
import dev.drift.plan.CourseRequest;
import dev.drift.plan.NewPlan;
import dev.drift.plan.PlanView;
import dev.drift.plan.Plans;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Plan benchmark on PostgreSQL (not a test): recommendations per second in-process over
 * the spec's plan scenarios, then — on the booking benchmark's clinic of 20 therapists
 * and 50,000 future appointments — the time to preview and to book a six-session course,
 * for ten clients each with a fresh plan. Recreates {@code drift_plan_bench}. Run with
 * {@code bench/plan.sh}.
 */
public final class PlanBench {

	static final int WARM_UP = 5_000;

	static final int RECOMMENDATIONS = 50_000;

	static final int COURSES = 10;

	private PlanBench() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = BookingBench.start(args.length > 0 ? args[0] : "drift_plan_bench");
		try {
			BookingBench.Run run = new BookingBench.Run(context);
			recommendations(run);
			run.setUp();
			run.seed();
			System.out.printf(Locale.ROOT, "setup: %d therapists, %d future appointments%n", BookingBench.THERAPISTS,
					run.count());
			courses(run);
		}
		finally {
			context.close();
		}
	}

	static void recommendations(BookingBench.Run run) throws Exception {
		List<JsonNode> inputs = scenarioInputs();
		Plans plans = run.context.getBean(Plans.class);
		Actor staff = new Actor(UUID.randomUUID(), new ClinicId(UUID.randomUUID()), Role.THERAPIST, null, null);
		for (int i = 0; i < WARM_UP; i++) {
			plans.recommend(staff, inputs.get(i % inputs.size()));
		}
		long start = System.nanoTime();
		for (int i = 0; i < RECOMMENDATIONS; i++) {
			plans.recommend(staff, inputs.get(i % inputs.size()));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"recommendations in-process (validate, screen, recommend), %d scenarios round-robin: %.0f/s (%d in %.2f s)%n",
				inputs.size(), RECOMMENDATIONS / seconds, RECOMMENDATIONS, seconds);
	}

	static void courses(BookingBench.Run run) {
		Plans plans = run.context.getBean(Plans.class);
		Intake intake = run.context.getBean(Intake.class);
		People people = run.context.getBean(People.class);
		double[] preview = new double[COURSES];
		double[] book = new double[COURSES];
		int booked = 0;
		int conflicts = 0;
		for (int i = 0; i < COURSES; i++) {
			ClientId id = run.clients.get(BookingBench.THREADS + i);
			ClientProfile client = ScreenedClients.cleared(intake, run.adminActor, people.findClient(id).orElseThrow());
			PlanView plan = plans.create(run.adminActor, client.id(), NewPlan.asRecommended());
			CourseRequest request = new CourseRequest(run.today.plusDays(1), null, CourseRequest.Mode.ALL_OR_NOTHING,
					false);
			long t0 = System.nanoTime();
			CourseBooking previewed = plans.bookCourse(run.adminActor, client.id(), plan.id(),
					new CourseRequest(request.from(), null, request.mode(), true));
			preview[i] = (System.nanoTime() - t0) / 1e6;
			long t1 = System.nanoTime();
			CourseBooking course = plans.bookCourse(run.adminActor, client.id(), plan.id(), request);
			book[i] = (System.nanoTime() - t1) / 1e6;
			booked += course.appointments().size();
			conflicts += previewed.conflicts().size();
		}
		Arrays.sort(preview);
		Arrays.sort(book);
		System.out.printf(Locale.ROOT,
				"six-session course, 20 therapists, 50,000 appointments, PostgreSQL, %d clients: preview median %.0f ms"
						+ " (max %.0f); book all-or-nothing median %.0f ms (max %.0f); %d sessions booked, %d conflicts%n",
				COURSES, preview[COURSES / 2], preview[COURSES - 1], book[COURSES / 2], book[COURSES - 1], booked,
				conflicts);
	}

	static List<JsonNode> scenarioInputs() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> inputs = new ArrayList<>();
		Path folder = SpecFiles.folder("drift.plan.scenarios", "");
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
			for (Path file : files) {
				JsonNode doc = json.readTree(file.toFile());
				if ("drift.plan-scenarios/1".equals(doc.path("schema").asString(""))) {
					doc.path("scenarios").values().forEach((s) -> inputs.add(s.get("input")));
				}
			}
		}
		return inputs;
	}

}
