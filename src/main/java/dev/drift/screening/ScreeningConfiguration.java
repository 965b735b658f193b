package dev.drift.screening;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The questionnaire (loaded from the classpath copy of the spec file at start) and the
 * engine as beans.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	@Bean
	Questionnaire questionnaire() {
		return Questionnaire.standard();
	}

	@Bean
	ScreeningEngine screeningEngine(Questionnaire questionnaire) {
		return new ScreeningEngine(questionnaire);
	}

}
