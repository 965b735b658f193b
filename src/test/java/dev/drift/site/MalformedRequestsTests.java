package dev.drift.site;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.people.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no page or client would send — a scalar field posted as {@code field[0]}, a
 * field repeated, a broken percent-encoding, a value meant to be echoed into a header —
 * are bad requests (400), never a failure on the server.
 */
@DriftTest
class MalformedRequestsTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	static Stream<Arguments> indexedOrRepeated() {
		return Stream.of(Arguments.of("anonymous", "/signup", Map.of("name[0]", "x")),
				Arguments.of("anonymous", "/signup", Map.of("email[0]", "x@example.org")),
				Arguments.of("anonymous", "/signup", Map.of("email", List.of("a@example.org", "b@example.org"))),
				Arguments.of("client@demo.drift", "/me/profile", Map.of("name[0]", "Emma")),
				Arguments.of("client@demo.drift", "/me/profile", Map.of("timeZone[1]", "Europe/London")),
				Arguments.of("client@demo.drift", "/me/profile", Map.of("name", List.of("Emma", "Clarke"))),
				Arguments.of("admin@demo.drift", "/admin/clinic", Map.of("name[0]", "X")),
				Arguments.of("admin@demo.drift", "/admin/staff", Map.of("email[0]", "x@example.org")),
				Arguments.of("client@demo.drift", "/account/password", Map.of("newPassword[0]", "x")));
	}

	@ParameterizedTest(name = "{0} posts {2} to {1}")
	@MethodSource("indexedOrRepeated")
	void anIndexedOrRepeatedScalarFieldIsABadRequest(String user, String path, Map<String, Object> fields) {
		Http http = new Http(this.port);
		if (!user.equals("anonymous")) {
			http.signIn(user, "drift-demo");
		}
		Map<String, Object> body = new HashMap<>(fields);
		body.put("_csrf", http.csrf(user.equals("anonymous") ? "/login" : "/account"));

		HttpResponse<String> response = http.form(path, body, "Accept", "text/html");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
	}

	@Test
	void aBrokenPercentEncodingInAnApiQueryIsABadRequestProblem() throws IOException {
		String response = raw("GET /api/v1/appointments?from=%ZZ HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
				+ Http.basic("client@demo.drift", "drift-demo") + "\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("\"code\"").doesNotContain("%ZZ");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aHugeValueIsNeverEchoedIntoAResponseHeader() {
		Http http = new Http(this.port);
		http.signIn("client@demo.drift", "drift-demo");
		String huge = "s".repeat(100_000);
		String therapist = this.people
			.therapistsOf(this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId())
			.getFirst()
			.id()
			.toString();

		HttpResponse<String> response = http.form("/booking/confirm", Map.of("service", huge, "therapistId", therapist,
				"start", "2020-01-06T18:00Z", "idempotencyKey", "k", "_csrf", http.csrf("/account")), "Accept",
				"text/html");

		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		assertThat(response.headers().map().values().stream().flatMap(List::stream))
			.noneMatch((value) -> value.contains("sssss"));
	}

	@Test
	void aJsonBodyOverOneMegabyteIsRefusedWith413() throws IOException {
		String body = "{\"text\": \"" + "x".repeat(1_100_000) + "\"}";
		Http http = new Http(this.port);

		HttpResponse<String> declared = http.json("POST", "/api/v1/sleep-diary/metrics", body, "Authorization",
				Http.basic("client@demo.drift", "drift-demo"));
		String streamed = raw("POST /api/v1/sleep-diary/metrics HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
				+ Http.basic("client@demo.drift", "drift-demo")
				+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
				+ Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");

		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body()).contains("\"BODY_TOO_LARGE\"");
		assertThat(streamed).startsWith("HTTP/1.1 413").contains("\"BODY_TOO_LARGE\"");
	}

}
