package dev.drift.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling: after {@code maxFailures} failures for one account from one address
 * within {@code window}, sign-in to that account from that address is refused for
 * {@code coolingOff}; after {@code maxFailuresPerAddress} from one network address, that
 * address is refused for {@code coolingOff}. The account as a whole is held for
 * {@code accountHold} from its {@code maxFailures}-th failure (from any address),
 * doubling with each further failure up to {@code coolingOff}.
 */
@ConfigurationProperties("drift.security.login")
public record ThrottleProperties(int maxFailures, int maxFailuresPerAddress, Duration window, Duration coolingOff,
		Duration accountHold) {

	public ThrottleProperties {
		maxFailures = maxFailures <= 0 ? 10 : maxFailures;
		maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 100 : maxFailuresPerAddress;
		window = window == null ? Duration.ofMinutes(15) : window;
		coolingOff = coolingOff == null ? Duration.ofMinutes(15) : coolingOff;
		accountHold = accountHold == null ? Duration.ofSeconds(30) : accountHold;
		if (window.compareTo(coolingOff) > 0) {
			throw new IllegalArgumentException("drift.security.login.window must not be longer than cooling-off: "
					+ "failures from before a lock would otherwise lock again as soon as it ends");
		}
	}

}
