package dev.drift.questionnaires;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import dev.drift.sleep.VectorFiles;
import dev.drift.DriftTest;
import dev.drift.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PSQI, ISI and ISI-change vector through the scoring API.
 */
@DriftTest
class InstrumentApiTests {

	static final String CLIENT = Http.basic("client@demo.drift", "drift-demo");

	static final String THERAPIST = Http.basic("therapist@demo.drift", "drift-demo");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void everyVectorScoresThroughTheApi() {
		int checked = 0;
		for (Path path : VectorFiles.files()) {
			JsonNode file = VectorFiles.read(path);
			switch (file.path("schema").asString("")) {
				case VectorFiles.PSQI -> checked += post("/api/v1/instruments/psqi/score", file, "vectors");
				case VectorFiles.ISI -> {
					checked += post("/api/v1/instruments/isi/score", file, "vectors");
					checked += post("/api/v1/instruments/isi/change", file, "changeVectors");
				}
				default -> {
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(35);
	}

	private int post(String path, JsonNode file, String list) {
		List<JsonNode> vectors = VectorFiles.list(file, list);
		for (JsonNode vector : vectors) {
			String id = vector.get("id").asString();
			HttpResponse<String> response = this.http.json("POST", path, vector.get("input").toString(),
					"Authorization", vectors.indexOf(vector) % 2 == 0 ? CLIENT : THERAPIST);
			JsonNode body = VectorFiles.JSON.readTree(response.body());
			JsonNode expected = vector.get("expected");
			if (expected.has("error")) {
				assertThat(response.statusCode()).as(id).isEqualTo(422);
				assertThat(body.get("code").asString()).as(id).isEqualTo(expected.get("error").asString());
			}
			else {
				assertThat(response.statusCode()).as(id + " " + response.body()).isEqualTo(200);
				VectorFiles.assertMatches(id, expected, body);
			}
		}
		return vectors.size();
	}

	@Test
	void anIsiItemOutOfRangeIsRefusedWithItsCode() {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/instruments/isi/score", """
				{"items":{"fallingAsleep":5,"stayingAsleep":0,"wakingTooEarly":0,"satisfaction":0,
				"noticeability":0,"worry":0,"interference":2.5}}""", "Authorization", CLIENT);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = VectorFiles.JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("ITEM_OUT_OF_RANGE");
		assertThat(problem.get("errors").valueStream().map((e) -> e.get("field").asString()).toList())
			.containsExactly("fallingAsleep", "interference");
	}

	@Test
	void aPsqiAnswerOutOfRangeOrABadTimeIsRefused() {
		HttpResponse<String> frequency = this.http.json("POST", "/api/v1/instruments/psqi/score",
				"{\"q1BedTime\":\"23:00\",\"q5a\":4}", "Authorization", CLIENT);
		HttpResponse<String> time = this.http.json("POST", "/api/v1/instruments/psqi/score", "{\"q1BedTime\":\"11pm\"}",
				"Authorization", CLIENT);

		assertThat(frequency.statusCode()).isEqualTo(422);
		assertThat(VectorFiles.JSON.readTree(frequency.body()).get("code").asString()).isEqualTo("ITEM_OUT_OF_RANGE");
		assertThat(VectorFiles.JSON.readTree(time.body()).get("code").asString()).isEqualTo("INVALID_TIME");
	}

	@Test
	void isiTotalsOutsideTheScaleAreRefused() {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/instruments/isi/change",
				"{\"baselineTotal\":29,\"followUpTotal\":3}", "Authorization", CLIENT);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(VectorFiles.JSON.readTree(response.body()).get("code").asString()).isEqualTo("TOTAL_OUT_OF_RANGE");
	}

	@Test
	void aBodyThatIsNotJsonIsRefused() {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/instruments/isi/score", "[1,2", "Authorization",
				CLIENT);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(VectorFiles.JSON.readTree(response.body()).get("code").asString()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void scoringNeedsASignedInUser() {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/instruments/isi/change",
				"{\"baselineTotal\":20,\"followUpTotal\":3}");

		assertThat(response.statusCode()).isEqualTo(401);
	}

}
