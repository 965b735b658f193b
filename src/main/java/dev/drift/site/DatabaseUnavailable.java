package dev.drift.site;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.util.HtmlUtils;

/**
 * The database cannot be reached just now: no connection to be had (the pool's wait ran
 * out, every host refused or none is the primary), a connection that broke under a
 * statement or its commit, or the server shutting down — what a PostgreSQL failover looks
 * like from Drift (docs/operations.md). Nothing was acknowledged, so the caller may try
 * again: the API answers 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}, a
 * page a small self-contained 503 page ({@link RequestGuard}: the usual error page needs
 * the session, which lives in the database). Such a failure is not an incident of its own
 * (the pool logs the outage), so it is not logged per request.
 */
final class DatabaseUnavailable {

	static final String CODE = "DATABASE_UNAVAILABLE";

	/** Seconds a caller is asked to wait: a failover takes tens of seconds. */
	static final String RETRY_AFTER = "5";

	private static final int DEPTH = 10;

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or one of its causes, is the database being out of reach:
	 * Spring's {@link CannotCreateTransactionException} (no connection to begin with),
	 * {@link DataAccessResourceFailureException} (SQLSTATE classes 08, 53, 57 among
	 * others) and {@link TransientDataAccessResourceException}, or the JDBC connection
	 * exceptions and SQLSTATEs 08xxx (connection failure) and 57P0x (shutdown) when they
	 * arrive untranslated, and a commit or rollback that failed with a JDBC exception
	 * ({@link TransactionSystemException}: Hikari's proxy of a connection it has already
	 * evicted as broken answers every call with a plain "Connection is closed").
	 */
	static boolean causedBy(Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < DEPTH; depth++) {
			if (current instanceof CannotCreateTransactionException
					|| current instanceof DataAccessResourceFailureException
					|| current instanceof TransientDataAccessResourceException
					|| current instanceof SQLTransientConnectionException
					|| current instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (current instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			if (current instanceof TransactionSystemException failed && failed.getCause() instanceof SQLException) {
				// a commit or rollback that failed with an exception the translator
				// could not place: the pool's "Connection is closed" after the server
				// went away under the transaction
				return true;
			}
			current = (current.getCause() == current) ? null : current.getCause();
		}
		return false;
	}

	/** The API's answer. */
	static ProblemDetail problem() {
		return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, CODE,
				"Drift cannot reach its database just now; try again in a moment");
	}

	static void retryAfter(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
	}

	/**
	 * A page's answer: a self-contained HTML page (no session, no layout, no scripts or
	 * styles), never cached.
	 */
	static void page(HttpServletResponse response, String title, String text) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Content-Security-Policy", "default-src 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
					+ HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title)
					+ "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p></main></body></html>");
	}

}
