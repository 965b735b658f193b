package dev.drift.intake;

import java.time.Instant;
import java.util.List;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.Clients;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist home page's staff alerts: the core's {@link Intake#staffAlerts} (audited
 * there) with each client's name, so the page can say who needs attention.
 */
@Service
@Transactional
public class StaffAlerts {

	private final Intake intake;

	private final Clients clients;

	StaffAlerts(Intake intake, Clients clients) {
		this.intake = intake;
		this.clients = clients;
	}

	/** The clinic's clients whose latest screening has a staff alert, newest first. */
	public List<NamedAlert> current(Actor actor) {
		return this.intake.staffAlerts(actor)
			.stream()
			.map((alert) -> new NamedAlert(alert.clientId(),
					this.clients.find(alert.clientId()).map(ClientProfile::name).orElse(""), alert.sessionLevel(),
					alert.screenedAt()))
			.toList();
	}

	/**
	 * One client with a staff alert, by name.
	 *
	 * @param clientId the client
	 * @param name their name
	 * @param sessionLevel the latest session level
	 * @param screenedAt when
	 */
	public record NamedAlert(ClientId clientId, String name, Level sessionLevel, Instant screenedAt) {
	}

}
