package dev.drift.site;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document: security schemes applied, a licence, a summary in words and the
 * 4xx problem answers with their codes on every operation. Also written to
 * target/openapi.json, which {@code .ci/run} lints with Redocly's recommended rules.
 */
@DriftTest
class ApiDocumentTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestPeople people;

	/**
	 * Issue 16: the API document was served to anonymous callers. Now staff (session,
	 * HTTP Basic) and API-token callers only; a client's password alone is not enough.
	 */
	@Test
	void theDocumentIsForStaffAndApiTokensOnly() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> refused = anonymous.get("/v3/api-docs");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("UNAUTHENTICATED").doesNotContain("/api/v1/");
		assertThat(anonymous.get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/swagger-ui/index.html").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/v3/api-docs", "Authorization", Http.basic("client@demo.drift", "drift-demo"))
			.statusCode()).isEqualTo(403);

		Http staff = new Http(this.port);
		staff.signIn("therapist@demo.drift", "drift-demo");
		assertThat(staff.get("/v3/api-docs").statusCode()).isEqualTo(200);

		String bearer = this.people.bearer(this.people.newClient().email());
		assertThat(anonymous.get("/v3/api-docs", "Authorization", bearer).statusCode()).isEqualTo(200);
	}

	@Test
	void everyOperationIsSecuredSummarisedAndListsItsProblemCodes() throws Exception {
		HttpResponse<String> response = new Http(this.port).get("/v3/api-docs", "Authorization",
				Http.basic("admin@demo.drift", "drift-demo"));
		assertThat(response.statusCode()).isEqualTo(200);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "openapi.json"), response.body());

		JsonNode document = this.json.readTree(response.body());
		assertThat(document.at("/info/license/name").asString()).isNotBlank();
		assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
		assertThat(document.at("/components/securitySchemes/bearerToken/scheme").asString()).isEqualTo("bearer");
		assertThat(document.at("/security").toString()).contains("basicAuth", "bearerToken");
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				String name = method.getKey().toUpperCase() + " " + path.getKey();
				JsonNode operation = method.getValue();
				operations.add(name);
				assertThat(operation.path("summary").asString()).as(name).contains(" ");
				assertThat(operation.path("parameters").toString()).as(name).doesNotContain("\"actor\"");
				JsonNode responses = operation.get("responses");
				for (String status : List.of("400", "401", "403", "404", "422")) {
					JsonNode problem = responses.path(status).path("content").path("application/problem+json");
					assertThat(problem.toString()).as(name + " " + status)
						.contains("#/components/schemas/Problem", "enum");
				}
			}
		}
		assertThat(operations).hasSizeGreaterThan(40)
			.contains("POST /api/v1/appointments", "DELETE /api/v1/calendar/feed");
		assertThat(document.at("/paths/~1api~1v1~1appointments/post/responses/409").toString()).contains("SLOT_TAKEN");
	}

}
