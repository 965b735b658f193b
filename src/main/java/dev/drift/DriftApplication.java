package dev.drift;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Drift: the practice platform of a sleep-focused massage clinic and the client's sleep
 * companion between sessions.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DriftApplication {

	public static void main(String[] args) {
		SpringApplication.run(DriftApplication.class, args);
	}

	/** The one source of "now": every module takes it, so tests can move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
