package dev.drift.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling: after {@code maxFailures} failures for one account within
 * {@code window}, or {@code maxFailuresPerAddress} from one network address, sign-in is
 * refused for {@code coolingOff}.
 */
@ConfigurationProperties("drift.security.login")
public record ThrottleProperties(int maxFailures, int maxFailuresPerAddress, Duration window, Duration coolingOff) {

	public ThrottleProperties {
		maxFailures = maxFailures <= 0 ? 10 : maxFailures;
		maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 100 : maxFailuresPerAddress;
		window = window == null ? Duration.ofMinutes(15) : window;
		coolingOff = coolingOff == null ? Duration.ofMinutes(15) : coolingOff;
		if (window.compareTo(coolingOff) > 0) {
			throw new IllegalArgumentException("drift.security.login.window must not be longer than cooling-off: "
					+ "failures from before a lock would otherwise lock again as soon as it ends");
		}
	}

}
