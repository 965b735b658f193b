package dev.drift;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link DriftTest}, but with mail delivery on: {@code spring.mail.host/port} point
 * at the {@link TestSmtp} GreenMail server, so the outbox has a JavaMailSender. Every
 * class with this annotation shares one (second) application context; the default
 * {@code @DriftTest} context stays without SMTP. The scheduled delivery is pushed an hour
 * out: tests deliver explicitly ({@code dev.drift.notify.OutboxDeliveries}) and move the
 * {@link MutableClock}. The database is the suite's, so a delivery run may also send
 * other tests' pending messages: look for your own recipients
 * ({@link TestSmtp#messagesTo}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DriftTest
@ContextConfiguration(initializers = MailTest.Smtp.class)
public @interface MailTest {

	class Smtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestSmtp.ensureStarted();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mail-test",
						Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", TestSmtp.port(),
								"drift.notify.poll-interval", "1h", "drift.notify.initial-delay", "1h",
								"drift.notify.max-attempts", "3", "drift.notify.from", "Drift <no-reply@drift.test>")));
		}

	}

}
