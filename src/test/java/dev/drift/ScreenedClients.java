package dev.drift;

import dev.drift.demo.NothingToFlag;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a health intake with nothing to flag (the demo's {@link NothingToFlag}) for a
 * test client, so that the screening gate allows treatment sessions (a client without an
 * intake may only book the consultation).
 */
public final class ScreenedClients {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScreenedClients() {
	}

	public static ClientProfile cleared(Intake intake, Actor staff, ClientProfile client) {
		intake.recordIntake(staff, client.id(), NothingToFlag.answersFor(client));
		return client;
	}

	/** Records an intake with the given answers changed (JSON values by question id). */
	public static ClientProfile screened(Intake intake, Actor staff, ClientProfile client, String changes) {
		ObjectNode answers = NothingToFlag.answersFor(client);
		answers.setAll((ObjectNode) JSON.readTree(changes));
		intake.recordIntake(staff, client.id(), answers);
		return client;
	}

}
