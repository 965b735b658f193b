package dev.drift;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small HTTP client for application tests: real requests to the running server, a
 * cookie jar (which, unlike a browser, keeps Secure cookies on plain http://localhost),
 * and helpers for HTTP Basic, bearer tokens, CSRF tokens and form posts. It never follows
 * redirects, so tests can see them.
 */
public final class Http {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public Http(int port) {
		this.base = "http://localhost:" + port;
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public HttpResponse<String> json(String method, String path, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a form; a {@code List} value sends the field once per element. */
	public HttpResponse<String> form(String path, Map<String, ?> fields, String... headers) {
		String body = fields.entrySet()
			.stream()
			.flatMap((e) -> (e.getValue() instanceof List<?> values ? values.stream() : Stream.of(e.getValue()))
				.map((value) -> enc(e.getKey()) + "=" + enc(String.valueOf(value))))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Sends a body exactly as given (bytes a client would never produce included); a
	 * header whose value is {@code null} is left out.
	 */
	public HttpResponse<String> raw(String method, String path, String contentType, byte[] body, String... headers) {
		List<String> present = new java.util.ArrayList<>();
		for (int i = 0; i < headers.length; i += 2) {
			if (headers[i + 1] != null) {
				present.add(headers[i]);
				present.add(headers[i + 1]);
			}
		}
		return send(request(path, present.toArray(String[]::new)).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** The CSRF token of a page (it also sets the session cookie). */
	public String csrf(String path) {
		Matcher matcher = CSRF.matcher(get(path).body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path);
		}
		return matcher.group(1);
	}

	/** Signs in through the sign-in form; answers the response to the form post. */
	public HttpResponse<String> signIn(String email, String password) {
		String token = csrf("/login");
		return form("/login", Map.of("username", email, "password", password, "_csrf", token));
	}

	public Map<String, String> cookies() {
		return this.cookies;
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((e) -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach((cookie) -> {
				String pair = cookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				this.cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
			});
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
