package dev.drift.screening;

import java.util.Arrays;

/**
 * The answer types of the questionnaire ({@code valueTypes}).
 */
public enum QuestionType {

	BOOLEAN("boolean"), INTEGER("integer"), DECIMAL("decimal"), ENUM("enum"), MULTI_SELECT("multi-select"),
	LIST("list"), TIME("time"), TEXT("text");

	private final String code;

	QuestionType(String code) {
		this.code = code;
	}

	/** The questionnaire's spelling, e.g. {@code multi-select}. */
	public String code() {
		return this.code;
	}

	static QuestionType fromCode(String code) {
		return Arrays.stream(values())
			.filter((type) -> type.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown question type " + code));
	}

}
