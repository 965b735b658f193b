package dev.drift.site;

import java.util.List;
import java.util.Map;

import dev.drift.shared.DriftException;
import dev.drift.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is a problem document with a stable {@code code}: the module's own
 * codes, {@code VALIDATION_FAILED} with the bad fields, and codes for Spring MVC's own
 * failures. Unexpected failures answer 500 with no detail but a correlation id, logged
 * once with the exception's classes and frames (never its message or the request's
 * values).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(DriftException.class)
	ProblemDetail drift(DriftException ex) {
		ProblemDetail problem = Problems.problem(HttpStatus.valueOf(ex.status()), ex.code(), ex.getMessage());
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("errors", invalid.problems());
		}
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		return Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", ex.getMessage());
	}

	/**
	 * A lock not granted in time (a queue of writers on one slot under heavy load) is a
	 * busy server, not a failure: nothing was written, and the caller may retry.
	 */
	@ExceptionHandler({ PessimisticLockingFailureException.class, QueryTimeoutException.class })
	ResponseEntity<ProblemDetail> busy() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "BUSY", "Drift is busy; try again in a moment"));
	}

	/**
	 * The database out of reach (a failover under way, the server down): 503 with
	 * {@code Retry-After}, not a 500 — nothing was acknowledged, and the same request
	 * succeeds once a primary is back.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
			.body(DatabaseUnavailable.problem());
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ProblemDetail malformedField(InvalidPropertyException ex) {
		return Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_FIELD", "A request field is not valid");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (Incidents.answeredByFramework(ex)) {
			throw ex;
		}
		if (DatabaseUnavailable.causedBy(ex)) {
			DatabaseUnavailable.retryAfter(response);
			return DatabaseUnavailable.problem();
		}
		String correlationId = Incidents.report(ex, request);
		ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
				"Something went wrong on our side");
		problem.setProperty("correlationId", correlationId);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED",
				"Some fields are not valid");
		problem.setProperty("errors", fieldErrors(ex.getFieldErrors()));
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof RequestGuard.BodyTooLargeException) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE",
						"The request body is too large"));
		}
		return ResponseEntity.badRequest()
			.body(Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The request body could not be read"));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(Problems.problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "A request parameter is not valid"));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE))) {
			problem.setProperty(Problems.CODE, codeFor(statusCode));
		}
		return response;
	}

	static String codeFor(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return known == null ? "HTTP_" + status.value() : known.name();
	}

	private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
		return errors.stream()
			.map((error) -> Map.of("field", error.getField(), "code",
					error.getCode() == null ? "Invalid" : error.getCode(), "message",
					error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage()))
			.toList();
	}

}
