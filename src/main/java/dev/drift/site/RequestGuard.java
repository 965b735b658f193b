package dev.drift.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter every request meets. A query or form whose percent-encoding cannot be
 * decoded is a bad request (400), answered before anything reads a parameter; a JSON body
 * larger than {@code drift.api.max-json-bytes} (1 MB) is refused with 413, whether it
 * declares its length or streams it. Neither answer repeats the request's values. The
 * error page asked for directly ({@code GET /error}) is an unknown address, 404 (it was a
 * 500 with no error to show). The database out of reach — in a later filter (the session,
 * an API token) or a page's handler — answers 503 ({@link DatabaseUnavailable}): the
 * problem document under {@code /api}, else a small page of its own (the error page's
 * layout reads the session, which is in the database too).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestGuard extends OncePerRequestFilter {

	private static final String ERROR_PATH = "/error";

	private final Problems problems;

	private final long maxJsonBytes;

	private final MessageSource messages;

	RequestGuard(Problems problems, MessageSource messages,
			@Value("${drift.api.max-json-bytes:1048576}") long maxJsonBytes) {
		this.problems = problems;
		this.messages = messages;
		this.maxJsonBytes = maxJsonBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ERROR_PATH.equals(request.getRequestURI())) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		if (json(request) && request.getContentLengthLong() > this.maxJsonBytes) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE",
					"The request body is larger than " + this.maxJsonBytes + " bytes");
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
					"The query or form could not be decoded");
			return;
		}
		try {
			chain.doFilter(json(request) ? new Limited(request, this.maxJsonBytes) : request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			// the database out of reach in a filter (the session, an API token) or a
			// page's handler: 503, not the container's 500
			response.reset();
			DatabaseUnavailable.retryAfter(response);
			if (request.getRequestURI().startsWith("/api/")) {
				this.problems.write(request, response, DatabaseUnavailable.problem());
			}
			else {
				DatabaseUnavailable.page(response, this.messages.getMessage("error.title", null, request.getLocale()),
						this.messages.getMessage("error.503", null, request.getLocale()));
			}
		}
	}

	private static boolean json(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && MediaType.parseMediaType(type).getSubtype().contains("json");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String detail) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			this.problems.write(request, response, Problems.problem(status, code, detail));
		}
		else {
			response.sendError(status.value());
		}
	}

	/**
	 * A body over the limit fails while it is read, before it is held in memory whole.
	 */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("Request body too large");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					count((b < 0) ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) throws IOException {
					this.read += n;
					if (this.read > Limited.this.limit) {
						throw new BodyTooLargeException();
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
