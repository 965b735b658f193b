package dev.drift.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.SqlRecorder;
import dev.drift.SqlRecorder.Recorded;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.TherapistProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one booking costs, counted in SQL statements on the happy path: the client is
 * loaded once and intake's gate asked once.
 */
@DriftTest
@Import(BookingFixture.class)
class BookingCostTests {

	@Autowired
	BookingFixture fixture;

	@Autowired
	Appointments appointments;

	@Autowired
	Booking booking;

	@Test
	void aBookingLoadsTheClientOnceAndAsksTheScreeningGateOnce() {
		ClientProfile client = this.fixture.client();
		TherapistProfile therapist = this.fixture.therapist();
		Actor admin = this.fixture.actor("admin@demo.drift");

		Recorded<Booked> first = book(admin, client, therapist, 2);
		Recorded<Booked> next = book(admin, client, therapist, 3);

		System.out.printf("A client's first booking with a therapist ran %d SQL statements, the next %d:%n  %s%n",
				first.statements().size(), next.statements().size(), String.join("\n  ", next.statements()));
		for (Recorded<Booked> booking : List.of(first, next)) {
			assertThat(booking.result().created()).isTrue();
			assertThat(booking.count("from people_client where")).as("client loads").isEqualTo(1);
			assertThat(booking.count("from intake_screening where")).as("screening gate").isEqualTo(1);
			assertThat(booking.count("from people_clinic where")).as("clinic loads").isEqualTo(1);
		}
		assertThat(first.count("insert into booking_lock")).as("lock rows made once").isEqualTo(2);
		assertThat(next.count("insert into booking_lock")).isZero();
		assertThat(next.count("from booking_appointment where")).as("overlap checks in one statement").isEqualTo(1);
		assertThat(next.statements()).as("statements").hasSizeLessThanOrEqualTo(19);
	}

	@Test
	void availabilityReadsTheClinicsTherapistsInThreeStatementsHoweverManyThereAre() {
		Actor admin = this.fixture.actor("admin@demo.drift");
		LocalDate from = this.fixture.wednesday(2);

		Recorded<List<AvailableSlot>> recorded = SqlRecorder
			.record(() -> this.booking.availability(admin, "massage-60", from, from.plusDays(13), null, null));

		System.out.printf("Availability for 14 days ran %d SQL statements%n", recorded.statements().size());
		assertThat(recorded.result()).isNotEmpty();
		assertThat(recorded.count("from people_therapist_hours")).as("hours of all therapists at once").isEqualTo(1);
		assertThat(recorded.count("from people_therapist_time_off")).as("time off of all therapists at once")
			.isEqualTo(1);
	}

	private Recorded<Booked> book(Actor admin, ClientProfile client, TherapistProfile therapist, int weeksAhead) {
		ZonedDateTime start = ZonedDateTime.of(this.fixture.wednesday(weeksAhead), LocalTime.of(17, 0),
				BookingFixture.LONDON);
		return SqlRecorder.record(() -> this.appointments.book(admin,
				new BookingRequest(client.id(), therapist.id(), "massage-60", start.toInstant(), null), null));
	}

}
