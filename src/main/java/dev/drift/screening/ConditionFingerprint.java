package dev.drift.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.JsonNode;

/**
 * What a clearance was given for: a hash of the answers to the questions that feed the
 * rule (questionnaire {@code questions[].rules}). When those answers change, the
 * condition has changed and the clearance no longer counts.
 */
public final class ConditionFingerprint {

	private ConditionFingerprint() {
	}

	public static String of(Questionnaire questionnaire, String rule, JsonNode answers) {
		StringBuilder text = new StringBuilder(rule);
		questionnaire.questions()
			.stream()
			.filter((q) -> q.rules().contains(rule))
			.forEach((q) -> text.append('|').append(q.id()).append('=').append(answers.path(q.id()).toString()));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
