package dev.drift.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.drift.people.ClientProfile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Health-history answers with nothing to flag ({@code demo/nothing-to-flag.json}), with
 * the client's own sleep schedule filled in: the demo clients' starting point and the
 * tests' screened client. One file, so the demo and the tests cannot drift apart.
 */
public final class NothingToFlag {

	static final String RESOURCE = "/demo/nothing-to-flag.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NothingToFlag() {
	}

	/** A fresh copy of the answers for this client. */
	public static ObjectNode answersFor(ClientProfile client) {
		try (InputStream in = NothingToFlag.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			ObjectNode answers = (ObjectNode) JSON.readTree(in);
			answers.put("main_sleep_start_workday", client.sleep().workdayMainSleepStart().toString());
			answers.put("main_sleep_start_offday", client.sleep().offdayMainSleepStart().toString());
			answers.put("shift_pattern", client.sleep().shiftPattern().code());
			return answers;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
