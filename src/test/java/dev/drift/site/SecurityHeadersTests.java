package dev.drift.site;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import dev.drift.DriftTest;
import dev.drift.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the security headers — pages, the API, errors, static files — and
 * the default profile exposes no H2 console and no actuator endpoint beyond health.
 */
@DriftTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter securityFilters;

	static Stream<Arguments> answers() {
		return Stream.of(Arguments.of("anonymous", "/login"), Arguments.of("anonymous", "/css/drift.css"),
				Arguments.of("anonymous", "/api/v1/me"), Arguments.of("anonymous", "/no-such-page"),
				Arguments.of("client@demo.drift", "/home"), Arguments.of("client@demo.drift", "/no-such-page"),
				Arguments.of("client@demo.drift", "/clients/00000000-0000-0000-0000-000000000000"),
				Arguments.of("basic", "/api/v1/me"), Arguments.of("basic", "/api/v1/no-such-thing"),
				Arguments.of("basic", "/api/v1/appointments?from=not-a-date"));
	}

	@ParameterizedTest(name = "{0} GET {1}")
	@MethodSource("answers")
	void everyAnswerCarriesTheSecurityHeaders(String who, String path) {
		Http http = new Http(this.port);
		if (who.equals("client@demo.drift")) {
			http.signIn(who, "drift-demo");
		}
		HttpResponse<String> response = who.equals("basic")
				? http.get(path, "Authorization", Http.basic("client@demo.drift", "drift-demo")) : http.get(path);

		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).containsAnyOf("no-store", "no-cache", "max-age"));
	}

	/**
	 * HSTS is sent on answers to secure (HTTPS) requests only — including error answers
	 * and the API — and never because a plain-HTTP request claims
	 * {@code X-Forwarded-Proto:
	 * https} (no proxy is trusted by default).
	 */
	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/login", "/api/v1/me", "/no-such-page", "/v3/api-docs" })
	void hstsOnSecureRequestsOnly(String path) throws Exception {
		MockHttpServletRequest secure = new MockHttpServletRequest("GET", path);
		secure.setSecure(true);
		secure.setScheme("https");
		secure.setServerPort(443);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.securityFilters.doFilter(secure, response, new MockFilterChain());

		assertThat(response.getHeader("Strict-Transport-Security")).as(path)
			.contains("max-age=31536000")
			.contains("includeSubDomains");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		HttpResponse<String> plain = new Http(this.port).get(path, "X-Forwarded-Proto", "https");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
	}

	@Test
	void noConsoleAndNoActuatorBeyondHealth() {
		Http http = new Http(this.port);
		http.signIn("admin@demo.drift", "drift-demo");

		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
		for (String path : new String[] { "/h2-console", "/h2-console/", "/h2-console/login.do", "/actuator",
				"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings",
				"/actuator/configprops", "/actuator/threaddump", "/actuator/metrics", "/actuator/info" }) {
			assertThat(http.get(path).statusCode()).as(path).isIn(401, 403, 404);
		}
	}

}
