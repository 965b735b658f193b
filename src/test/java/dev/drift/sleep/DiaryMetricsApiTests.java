package dev.drift.sleep;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every diary vector through the stateless API: {@code /metrics} answers each vector's
 * expected fields (422 with the code for an invalid night), {@code /summary} the
 * aggregates.
 */
@DriftTest
class DiaryMetricsApiTests {

	static final String THERAPIST = Http.basic("therapist@demo.drift", "drift-demo");

	static final String CLIENT = Http.basic("client@demo.drift", "drift-demo");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	static List<DiaryVectorCheck.Night> nights() {
		return DiaryVectorCheck.nights();
	}

	static List<DiaryVectorCheck.Aggregate> aggregates() {
		return DiaryVectorCheck.aggregates();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nights")
	void nightVectorPassesThroughTheApi(DiaryVectorCheck.Night night) {
		assertThat(DiaryVectorCheck.check(night, this::metricsOverHttp)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("aggregates")
	void aggregateVectorPassesThroughTheApi(DiaryVectorCheck.Aggregate aggregate) {
		Map<String, JsonNode> inputs = DiaryVectorCheck.inputsById();
		assertThat(DiaryVectorCheck.check(aggregate, inputs, this::summaryOverHttp)).isEmpty();
	}

	@Test
	void summaryListsTheInvalidNightsByIndex() {
		Map<String, JsonNode> inputs = DiaryVectorCheck.inputsById();
		JsonNode summary = summaryOverHttp(
				List.of(inputs.get("diary-001"), inputs.get("diary-023"), inputs.get("diary-003")));
		assertThat(summary.get("validNights").asInt()).isEqualTo(2);
		assertThat(summary.get("excludedIndexes").get(0).asInt()).isEqualTo(1);
	}

	@Test
	void refusedNightNamesTheFieldAndTheCode() {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/sleep-diary/metrics", """
				{"diaryDate":"2025-03-04","timeZone":"Europe/Sofia","intoBed":"23:00","triedToSleep":"23:00",
				 "solMinutes":10,"awakenings":0,"wasoMinutes":0,"finalAwakening":"2025-03-04T06:00:00+02:00",
				 "outOfBed":"06:30"}""", "Authorization", CLIENT);
		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = DiaryVectorCheck.JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("MIXED_TIME_FORMATS");
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("MIXED_TIME_FORMATS");
	}

	@Test
	void scoringNeedsASignedInUser() {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/sleep-diary/metrics", "{}");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	private JsonNode metricsOverHttp(JsonNode input) {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/sleep-diary/metrics", input.toString(),
				"Authorization", THERAPIST);
		JsonNode body = DiaryVectorCheck.JSON.readTree(response.body());
		if (response.statusCode() == 200) {
			return body;
		}
		assertThat(response.statusCode()).isEqualTo(422);
		ObjectNode error = DiaryVectorCheck.JSON.createObjectNode();
		error.set("error", body.get("code"));
		for (String figure : new String[] { "tibMinutes", "tstMinutes" }) {
			if (body.has(figure)) {
				error.set(figure, body.get(figure));
			}
		}
		return error;
	}

	private JsonNode summaryOverHttp(List<JsonNode> inputs) {
		ObjectNode request = DiaryVectorCheck.JSON.createObjectNode();
		request.putArray("nights").addAll(inputs);
		HttpResponse<String> response = this.http.json("POST", "/api/v1/sleep-diary/summary", request.toString(),
				"Authorization", CLIENT);
		assertThat(response.statusCode()).isEqualTo(200);
		return DiaryVectorCheck.JSON.readTree(response.body());
	}

}
