package dev.drift.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.intake.Intake;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;

/**
 * A clinic of its own for a session-note test: its admin, a therapist with an API token,
 * and a client screened with the test's answers (by default: light pressure P2, so
 * {@code CAP(global,P2)} and {@code NO_DEEP_TISSUE}; a minor wound on the left calf, so
 * {@code AVOID_AREA(left_calf)}; essential oils not tolerated).
 */
record SessionClinic(TestClinic clinic, Person therapist, String therapistAuth, Person client, String clientAuth) {

	static final String LIGHT_PRESSURE_WOUND_NO_OILS = """
			{"pressure_preference": "P2", "scent_allergies": ["essential_oils"],
			 "local_issues": [{"kind": "wound", "area": "left_calf", "severity": "minor"}]}""";

	static SessionClinic open(TestPeople people, People directory, Intake intake, String answers) {
		TestClinic clinic = people.newClinic();
		Person therapist = people.newTherapist(clinic, "Tess Table");
		Person client = people.newClient(clinic.id(), "Sam Session");
		ClientProfile profile = directory.client(clinic.admin().actor(), client.clientId());
		ScreenedClients.screened(intake, clinic.admin().actor(), profile, answers);
		return new SessionClinic(clinic, therapist, people.bearer(therapist.email()), client,
				people.bearer(client.email()));
	}

	/** A 60-minute massage with the therapist that started {@code ago} before now. */
	UUID appointment(Booking booking, Clock clock, Duration ago) {
		Instant start = clock.instant().minus(ago);
		return booking
			.recordHeld(this.clinic.admin().actor(),
					new BookingRequest(this.client.clientId(), this.therapist.actor().therapistId(), "massage-60",
							start, null))
			.appointment()
			.id();
	}

}
