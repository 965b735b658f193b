package dev.drift.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
 * digits — what every authenticator app reads from an {@code otpauth://} link or QR code.
 */
final class Totp {

	static final int STEP_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new secret of 160 random bits, Base32 as authenticator apps expect. */
	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		StringBuilder text = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		return text.toString();
	}

	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The six-digit code of a time step. */
	static String code(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(decode(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", ex);
		}
	}

	/**
	 * The step among now's and its neighbours (clock drift of ±30 s) whose code this is,
	 * or -1.
	 */
	static long matchingStep(String secret, String code, Instant now) {
		if (code == null || !code.matches("[0-9]{6}")) {
			return -1;
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (java.security.MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
				return step;
			}
		}
		return -1;
	}

	/** The {@code otpauth://} link an authenticator app reads (as text or a QR code). */
	static String link(String issuer, String email, String secret) {
		String label = java.net.URLEncoder.encode(issuer + ":" + email, java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
	}

	private static byte[] decode(String secret) {
		ByteBuffer out = ByteBuffer.allocate(secret.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : secret.toCharArray()) {
			buffer = (buffer << 5) | BASE32.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

}
