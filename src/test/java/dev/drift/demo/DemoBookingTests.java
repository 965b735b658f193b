package dev.drift.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.waitlist.Waitlist;
import dev.drift.people.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class DemoBookingTests {

	@Autowired
	Booking appointments;

	@Autowired
	Waitlist waitlist;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void theDemoClinicHasUpcomingAppointmentsACancellationAndAWaitlistEntry() {
		AccountView admin = this.accounts.findByEmail("admin@demo.drift").orElseThrow();
		Actor actor = new Actor(admin.id(), admin.clinicId(), admin.role(), null, null);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));

		List<AppointmentView> upcoming = this.appointments.list(actor, today, today.plusDays(20), null, null);

		assertThat(upcoming).filteredOn((a) -> a.serviceCode().equals("consultation")).isNotEmpty();
		assertThat(upcoming).filteredOn(AppointmentView::isBooked).hasSizeGreaterThan(6);
		assertThat(upcoming).filteredOn((a) -> !a.isBooked()).isNotEmpty();
		assertThat(this.waitlist.list(actor)).isNotEmpty();
	}

}
