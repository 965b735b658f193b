package dev.drift.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unexpected failure is logged once with a correlation id that the answer carries, and
 * without the request's values or the exception's message (which may hold SQL
 * parameters).
 */
@ExtendWith(OutputCaptureExtension.class)
class IncidentLogTests {

	static final String SECRET = "insert into intake values ('Grace Liu', 'pregnant')";

	@Test
	void anUnexpectedApiFailureIsLoggedOnceWithItsCorrelationIdAndNoValues(CapturedOutput output) throws Exception {
		MockHttpServletRequest request = request("/api/v1/clients/{id}/intake", "/api/v1/clients/42/intake?name=Grace");

		ProblemDetail problem = new ApiExceptionHandler().unexpected(
				new DataIntegrityViolationException(SECRET, new IllegalStateException("Grace Liu")), request,
				new MockHttpServletResponse());

		String id = (String) problem.getProperties().get("correlationId");
		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(id).matches("[0-9a-f]{12}");
		assertThat(output.getOut()).contains("Unexpected failure " + id + " on POST /api/v1/clients/{id}/intake",
				"org.springframework.dao.DataIntegrityViolationException", "Caused by: java.lang.IllegalStateException")
			.doesNotContain("Grace", "pregnant", "insert into");
		assertThat(output.getOut().split("Unexpected failure", -1)).hasSize(2);
	}

	@Test
	void anUnexpectedPageFailureShowsTheReferenceThatTheLogCarries(CapturedOutput output) throws Exception {
		ModelAndView page = new PageExceptionHandler().unexpected(new IllegalStateException(SECRET),
				request("/me/profile", "/me/profile"));

		assertThat(page.getStatus().value()).isEqualTo(500);
		assertThat(output.getOut()).contains("Unexpected failure " + page.getModel().get("correlationId"))
			.doesNotContain("Grace");
	}

	private static MockHttpServletRequest request(String pattern, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
		return request;
	}

}
