package dev.drift.booking;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.people.TherapistProfile;
import dev.drift.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17 item 12: the admin deactivates a service after a confirmation page (history
 * kept, no new bookings, gone from the client's list), and the service form names each
 * bad field.
 */
@DriftTest
@Import(BookingFixture.class)
class ServiceAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	Booking booking;

	@Test
	void aDeactivatedServiceIsAskedAboutFirstLeavesTheClientsListCannotBeBookedAndKeepsItsAppointments() {
		Http admin = admin();
		String code = "stretch-" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Stretch " + code.substring(8);
		Map<String, Object> form = service(admin, code, name, "45", "40.00", "Gentle stretching.");
		assertThat(admin.form("/admin/booking/services", form).statusCode()).isEqualTo(302);
		BookingFixture.Signed client = this.fixture.clientAccount();
		TherapistProfile therapist = this.fixture.therapist();
		Booked kept = this.booking.book(this.fixture.actor("admin@demo.drift"),
				new BookingRequest(client.client().id(), therapist.id(), code,
						OffsetDateTime.parse(BookingFixture.at(this.fixture.wednesday(2), "11:00")).toInstant(), null),
				null);
		Http http = new Http(this.port);
		http.signIn(client.client().email(), "booking-test-pw");
		assertThat(http.get("/booking").body()).contains(name);

		HttpResponse<String> asked = admin.get("/admin/booking/services/" + code + "/deactivate");
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Deactivate " + name + "?", "Appointments already booked keep it",
				"Yes, deactivate it");
		assertThat(this.booking.service(kept.appointment().clinicId(), code))
			.hasValueSatisfying((service) -> assertThat(service.active()).as("asking changes nothing").isTrue());

		HttpResponse<String> done = admin.form("/admin/booking/services/" + code + "/deactivate",
				Map.of("_csrf", admin.csrf("/admin/booking")));

		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/booking").body()).contains("is deactivated: clients no longer see it");
		assertThat(http.get("/booking").body()).doesNotContain(name);
		assertThatThrownBy(() -> this.booking.book(this.fixture.actor("admin@demo.drift"),
				new BookingRequest(client.client().id(), therapist.id(), code,
						OffsetDateTime.parse(BookingFixture.at(this.fixture.wednesday(3), "11:00")).toInstant(), null),
				null))
			.isInstanceOf(InvalidInputException.class);
		AppointmentView still = this.booking.get(this.fixture.actor("admin@demo.drift"), kept.appointment().id());
		assertThat(still.isBooked()).isTrue();
		assertThat(still.serviceName()).isEqualTo(name);
		assertThat(admin.get("/admin/booking/services/" + code + "/deactivate").statusCode()).isEqualTo(404);

		HttpResponse<String> offered = admin.form("/admin/booking/services/" + code + "/reactivate",
				Map.of("_csrf", admin.csrf("/admin/booking")));
		assertThat(offered.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/booking").body()).contains("“" + name + "” is bookable again.");
		assertThat(http.get("/booking").body()).contains(name);
		assertThat(admin
			.form("/admin/booking/services/" + code + "/reactivate", Map.of("_csrf", admin.csrf("/admin/booking")))
			.statusCode()).as("an active service is not offered again").isEqualTo(404);
	}

	@Test
	void editingAServiceOpensTheFormFilledWithItAndKeepsWhatWasNotChanged() {
		Http admin = admin();
		String code = "edit-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.form("/admin/booking/services", service(admin, code, "Calm back", "45", "40.00", "Slow."))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> editing = admin.get("/admin/booking?edit=" + code);

		assertThat(editing.body()).contains("Change this service", "value=\"" + code + "\"", "value=\"Calm back\"",
				"value=\"45\"", "value=\"40.00\"", "value=\"Slow.\"");
		Map<String, Object> changed = service(admin, code, "Calm back and neck", "45", "40.00", "Slow.");
		assertThat(admin.form("/admin/booking/services", changed).statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/booking").body()).contains("Calm back and neck");
		assertThat(admin.get("/admin/booking?edit=no-such-service").statusCode()).isEqualTo(404);
	}

	@Test
	void theServiceFormNamesEachBadFieldAndSavesNothing() {
		Http admin = admin();
		String code = "Bad Code!";

		HttpResponse<String> refused = admin.form("/admin/booking/services",
				service(admin, code, "", "17", "-3", "x".repeat(501)));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Code: use 1 to 40 lower-case letters", "Name: enter the name clients see",
				"Minutes: enter a length from 15 to 480 minutes", "Price: enter an amount of 0 or more",
				"Description: keep it to 500 characters");
		assertThat(this.booking.service(this.fixture.actor("admin@demo.drift").clinicId(), code)).isEmpty();
	}

	private Map<String, Object> service(Http admin, String code, String name, String minutes, String price,
			String description) {
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", admin.csrf("/admin/booking"));
		form.put("code", code);
		form.put("name", name);
		form.put("minutes", minutes);
		form.put("price", price);
		form.put("description", description);
		form.put("active", "true");
		return form;
	}

	private Http admin() {
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");
		return admin;
	}

}
