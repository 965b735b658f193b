package dev.drift.site;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

/**
 * An unexpected failure is logged once, under a correlation id that the answer (problem
 * document or error page) also carries, so a report from a user finds its log line. The
 * log names the route pattern, never the request's own values, and the exception classes
 * and stack frames, never their messages (a database exception's message holds the SQL
 * and its parameter values).
 */
final class Incidents {

	private static final Logger log = LoggerFactory.getLogger(Incidents.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int FRAMES = 12;

	private Incidents() {
	}

	/**
	 * Whether a failure is left to the framework, which answers it with its own status: a
	 * Spring MVC error (bad method, missing parameter…), a {@code @ResponseStatus}
	 * exception, or a security refusal (which the security filters turn into 401/403).
	 */
	static boolean answeredByFramework(Exception failure) {
		return failure instanceof ErrorResponse || failure instanceof AccessDeniedException
				|| failure instanceof AuthenticationException
				|| AnnotatedElementUtils.hasAnnotation(failure.getClass(), ResponseStatus.class);
	}

	/** Logs the failure and answers its correlation id. */
	static String report(Throwable failure, HttpServletRequest request) {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		log.error("Unexpected failure {} on {} {}:{}", id, request.getMethod().toUpperCase(Locale.ROOT),
				(route != null) ? route : "(no route)", trace(failure));
		return id;
	}

	/** Exception classes and their top stack frames, with no messages. */
	static String trace(Throwable failure) {
		StringBuilder text = new StringBuilder();
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 8; depth++) {
			text.append(depth == 0 ? "\n" : "\nCaused by: ").append(current.getClass().getName());
			StackTraceElement[] frames = current.getStackTrace();
			for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
				text.append("\n\tat ").append(frames[i]);
			}
			current = (current.getCause() == current) ? null : current.getCause();
		}
		return text.toString();
	}

}
