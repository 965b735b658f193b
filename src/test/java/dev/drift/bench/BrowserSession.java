package dev.drift.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session against one running Drift instance, for the harnesses: cookies
 * (kept by hand: the session cookie is Secure, which java.net.CookieManager would not
 * send over plain http), CSRF tokens, forms, and an API token made on the account page.
 */
final class BrowserSession {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("class=\"secret\"[^>]*>([^<]+)<");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies;

	BrowserSession(String base) {
		this(base, new LinkedHashMap<>());
	}

	private BrowserSession(String base, Map<String, String> cookies) {
		this.base = base;
		this.cookies = cookies;
	}

	/** The same browser (the same cookies) talking to another instance. */
	BrowserSession at(String otherBase) {
		return new BrowserSession(otherBase, this.cookies);
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			StringBuilder header = new StringBuilder();
			this.cookies.forEach((name,
					value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
			request.header("Cookie", header.toString());
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			String pair = cookie.split(";", 2)[0];
			int eq = pair.indexOf('=');
			this.cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return response;
	}

	BrowserSession signedIn(String email, String password) throws Exception {
		String csrf = csrf("/login");
		form("/login", Map.of("username", email, "password", password, "_csrf", csrf));
		return this;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	String csrf(String path) throws Exception {
		Matcher matcher = CSRF.matcher(get(path).body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + path);
		}
		return matcher.group(1);
	}

	HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
		StringBuilder body = new StringBuilder();
		fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** A new API token of the signed-in user, as an Authorization header value. */
	String apiToken() throws Exception {
		String csrf = csrf("/account");
		String page = form("/account/tokens", Map.of("name", "harness " + UUID.randomUUID(), "_csrf", csrf)).body();
		Matcher secret = SECRET.matcher(page);
		if (!secret.find()) {
			throw new IllegalStateException("no API token on the account page");
		}
		return "Bearer " + secret.group(1).trim();
	}

}
