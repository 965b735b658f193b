package dev.drift.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.drift.accounts.DriftUser;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Readable times for every page ({@code ${@readableTimes.at(instant)}}): "Wed 18 Nov
 * 2026, 09:30" in the viewer's zone (a client's own zone, the clinic's for staff, UTC
 * when nobody is signed in), never an ISO timestamp. The zone is looked up once per
 * request.
 */
@Component("readableTimes")
class ReadableTimes {

	static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private static final String ZONE = ReadableTimes.class.getName() + ".zone";

	private final People people;

	ReadableTimes(People people) {
		this.people = people;
	}

	/** Date and time, in the viewer's zone; empty for no instant. */
	public String at(Instant instant) {
		return (instant != null) ? AT.format(instant.atZone(viewerZone())) : "";
	}

	/** The date only, in the viewer's zone. */
	public String day(Instant instant) {
		return (instant != null) ? DAY.format(instant.atZone(viewerZone())) : "";
	}

	/** The viewer's zone, for pages that say which zone their times are in. */
	public ZoneId viewerZone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ZONE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = lookUp();
		if (request != null) {
			request.setAttribute(ZONE, zone, RequestAttributes.SCOPE_REQUEST);
		}
		return zone;
	}

	private ZoneId lookUp() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof DriftUser user)) {
			return ZoneId.of("UTC");
		}
		Actor actor = user.actor();
		if (actor.clientId() != null) {
			return this.people.findClient(actor.clientId())
				.map(ClientProfile::timeZone)
				.orElseGet(() -> this.people.clinic(actor.clinicId()).timeZone());
		}
		return this.people.clinic(actor.clinicId()).timeZone();
	}

}
