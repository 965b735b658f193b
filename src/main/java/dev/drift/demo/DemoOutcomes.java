package dev.drift.demo;

import dev.drift.outcomes.Outcomes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once every other module's demo data is in, the outcomes read models are rebuilt for the
 * demo clinic through the outcomes facade (the events of the seeding refresh the same
 * clients again afterwards, to the same result).
 */
@Component
class DemoOutcomes {

	private static final Logger log = LoggerFactory.getLogger(DemoOutcomes.class);

	private final Outcomes outcomes;

	DemoOutcomes(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@EventListener
	@Order(90)
	void seed(DemoClinicCreated created) {
		int clients = this.outcomes.rebuild(created.admin());
		log.info("Demo outcomes: read models rebuilt for {} clients", clients);
	}

}
