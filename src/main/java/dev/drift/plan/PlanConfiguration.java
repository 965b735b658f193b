package dev.drift.plan;

import dev.drift.screening.ScreeningEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pure recommender as a bean, on the screening's engine. */
@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

	@Bean
	Recommender recommender(ScreeningEngine engine) {
		return new Recommender(engine);
	}

}
