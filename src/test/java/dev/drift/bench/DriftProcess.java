package dev.drift.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Starts the Drift jar as a child process for the harnesses and waits until its log shows
 * it is ready (or fails with the log's name when it stops or takes more than 15 minutes).
 */
final class DriftProcess {

	private DriftProcess() {
	}

	/**
	 * Starts {@code jar} on {@code port} against {@code url} (PostgreSQL as the
	 * {@code postgres} user unless it is H2), mail to {@code smtpPort}, logging to
	 * {@code work/name.log}, with the extra arguments, and waits until {@code ready}
	 * holds for the log text.
	 */
	static Process start(String jar, int port, String url, int smtpPort, Path work, String name,
			Predicate<String> ready, List<String> extra) throws Exception {
		File log = work.resolve(name + ".log").toFile();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx768m", "-jar", jar, "--server.port=" + port, "--spring.datasource.url=" + url,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort));
		if (!url.startsWith("jdbc:h2")) {
			command.addAll(List.of("--spring.datasource.username=postgres", "--spring.datasource.password="));
		}
		command.addAll(extra);
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		// a harness that fails half-way must not leave Drift holding the port
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (ready.test(Files.readString(log.toPath()))) {
				return process;
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("Drift stopped: see " + log);
			}
			Thread.sleep(500);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Drift did not start: see " + log);
	}

	/** The log shows the application started and the demo clinic is there. */
	static boolean startedWithDemo(String log) {
		return log.contains("Started DriftApplication") && log.contains("Demo clinic ");
	}

}
