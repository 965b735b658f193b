package dev.drift.site;

import java.io.IOException;
import java.time.DateTimeException;

import dev.drift.shared.DriftException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Pages answer a module's failure with the matching error page (404, 403, …), and an
 * unknown address with 404: a problem document under {@code /api}, the error page
 * elsewhere.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(DriftException.class)
	void drift(DriftException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status());
	}

	/**
	 * A tampered page request (an impossible date, an unknown value) is a bad request.
	 */
	@ExceptionHandler({ DateTimeException.class, IllegalArgumentException.class, IndexOutOfBoundsException.class,
			InvalidPropertyException.class })
	void badRequest(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/**
	 * The database out of reach is left to RequestGuard's 503 page. Anything else is our
	 * failure: logged once without the request's values, and the error page shows the
	 * correlation id to quote to the clinic.
	 */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (Incidents.answeredByFramework(ex) || DatabaseUnavailable.causedBy(ex)) {
			// the database out of reach: RequestGuard answers with its 503 page (the
			// error page would need the session, which is in the database too)
			throw ex;
		}
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (isBadRequest(cause)) {
				ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
				page.addObject("status", HttpStatus.BAD_REQUEST.value());
				return page;
			}
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.INTERNAL_SERVER_ERROR);
		page.addObject("status", HttpStatus.INTERNAL_SERVER_ERROR.value());
		page.addObject("correlationId", Incidents.report(ex, request));
		return page;
	}

	/**
	 * The tampered-request failures above, also when they arrive wrapped (a conversion
	 * failure's cause).
	 */
	private static boolean isBadRequest(Throwable failure) {
		return failure instanceof DateTimeException || failure instanceof IllegalArgumentException
				|| failure instanceof IndexOutOfBoundsException || failure instanceof ArithmeticException
				|| failure instanceof InvalidPropertyException;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> unknownAddress(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such resource"));
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
		return null;
	}

}
