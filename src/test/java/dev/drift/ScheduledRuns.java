package dev.drift;

import java.util.function.Consumer;

import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Runs a job's {@code @Scheduled} method the way the scheduler does — through the bean,
 * with its {@code scheduled} switch on — although the tests switch scheduling off so jobs
 * do not run on their own.
 */
public final class ScheduledRuns {

	private ScheduledRuns() {
	}

	public static <T> void runScheduled(T job, Consumer<T> run) {
		Object target = AopTestUtils.getUltimateTargetObject(job);
		ReflectionTestUtils.setField(target, "scheduled", true);
		try {
			run.accept(job);
		}
		finally {
			ReflectionTestUtils.setField(target, "scheduled", false);
		}
	}

}
