package dev.drift.site;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.drift.accounts.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem documents with a stable {@code code} for the API's security
 * failures: not signed in (401), throttled (429 with {@code Retry-After}), forbidden
 * (403).
 */
@Component
class Problems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String CODE = "code";

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty(CODE, code);
		return problem;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LoginThrottledException throttled) {
			Duration retryAfter = throttled.retryAfter();
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
			write(request, response, problem(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED",
					"Too many failed sign-in attempts; try again later"));
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Drift\", Bearer");
		write(request, response,
				problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in with HTTP Basic or an API token"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role may not do this"));
	}

	void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", problem.getInstance().toString());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), body);
	}

}
