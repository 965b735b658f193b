package dev.drift.screening;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.Question;
import dev.drift.screening.QuestionType;
import dev.drift.screening.Condition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class QuestionnaireTests {

	@Test
	void copyMatchesTheSpecFile() throws IOException {
		Path spec = ScreeningScenariosTests.directory().resolve("intake-questionnaire.json");
		assumeTrue(Files.exists(spec), "spec folder not present");
		try (InputStream copy = Questionnaire.class.getResourceAsStream(Questionnaire.RESOURCE)) {
			assertThat(copy.readAllBytes()).as("src/main/resources/intake/ is a copy of " + spec)
				.isEqualTo(Files.readAllBytes(spec));
		}
	}

	@Test
	void questionsCarryTheirFormDetails() {
		Question weeks = Questionnaire.standard().question("pregnancy_weeks").orElseThrow();
		assertThat(weeks.type()).isEqualTo(QuestionType.INTEGER);
		assertThat(weeks.unitLabel()).isEqualTo("weeks");
		assertThat(weeks.enableWhen()).singleElement().extracting(Condition::question).isEqualTo("pregnant");
		Question issues = Questionnaire.standard().question("local_issues").orElseThrow();
		assertThat(issues.itemFields()).extracting(Question::id).containsExactly("kind", "area", "severity");
		assertThat(issues.itemFields().get(1).bodyAreaPicker()).isTrue();
		assertThat(Questionnaire.standard().limbOf("left_knee")).contains("left_foot", "left_thigh");
		assertThat(Questionnaire.standard().limbOf("neck")).containsExactly("neck");
	}

}
