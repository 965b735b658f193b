package dev.drift.intake;

import java.net.http.HttpResponse;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted bodies never cause a server error: each is refused with a 4xx problem.
 */
@DriftTest
class CraftedIntakeRequestsTests {

	static IntakeFixtures.OtherClinic clinic;

	static IntakeFixtures.TestClient client;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		if (clinic == null) {
			IntakeFixtures fixtures = new IntakeFixtures(this.accounts, this.people);
			clinic = fixtures.otherClinic();
			client = fixtures.newClient(clinic.id());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					POST | /screening/evaluate                 | []
					POST | /screening/evaluate                 | {"answers": null}
					POST | /screening/evaluate                 | {"answers": "yes"}
					POST | /screening/evaluate                 | not json
					POST | CLIENT/intake                        | {"answers": []}
					POST | CLIENT/clearances                    | {"rules": "G05", "givenOn": "yesterday"}
					POST | CLIENT/clearances                    | {"rules": [null], "givenOn": "2026-01-01"}
					POST | CLIENT/overrides                     | {"rule": null, "reason": null}
					POST | CLIENT/overrides                     | {"rule": 5}
					POST | CLIENT/rechecks/RANDOM               | {"changes": {"newInjury": "maybe"}}
					POST | CLIENT/rechecks/RANDOM               | {}
					PUT  | /intake/rule-sets/settings           | {"feverCelsius": null}
					PUT  | /intake/rule-sets/settings           | {"feverCelsius": 38.0, "bpDeferSystolic": 200, "bpUrgentSystolic": 150, "firstTrimesterLevel": "MODIFY"}
					PUT  | /intake/rule-sets/settings           | {"feverCelsius": 38.0, "firstTrimesterLevel": "URGENT"}
					POST | /intake/rule-sets/RANDOM/sign-off    | {"name": "x"}
					POST | /intake/rule-sets/RANDOM/sign-off    | {}
					""")
	void craftedRequestsGetAProblemNotAServerError(String method, String path, String body) {
		String resolved = "/api/v1" + path.replace("CLIENT", "/clients/" + client.id().value())
			.replace("RANDOM", UUID.randomUUID().toString());

		HttpResponse<String> response = this.http.json(method, resolved, body, "Authorization", clinic.adminAuth());

		assertThat(response.statusCode()).as(resolved + " " + response.body()).isBetween(400, 499);
		assertThat(response.body()).contains("\"code\"");
	}

}
