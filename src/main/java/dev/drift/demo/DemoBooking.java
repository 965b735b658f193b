package dev.drift.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.drift.accounts.Accounts;
import dev.drift.booking.Booking;
import dev.drift.booking.AvailableSlot;
import dev.drift.booking.Booked;
import dev.drift.booking.BookingRequest;
import dev.drift.waitlist.Waitlist;
import dev.drift.waitlist.WaitlistRequest;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo appointments: for the first demo clients a consultation, then weekly massages in
 * their ideal window over the next two weeks, one cancellation, and a waitlist entry.
 */
@Component
class DemoBooking {

	private static final Logger log = LoggerFactory.getLogger(DemoBooking.class);

	private static final List<String> CLIENTS = List.of("client@demo.drift", "client2@demo.drift", "client3@demo.drift",
			"client4@demo.drift", "client5@demo.drift", "client8@demo.drift");

	private final Booking booking;

	private final Waitlist waitlist;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoBooking(Booking booking, Waitlist waitlist, Accounts accounts, TransactionTemplate transactions, Clock clock) {
		this.booking = booking;
		this.waitlist = waitlist;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	@Order(30)
	void on(DemoClinicCreated created) {
		int booked = this.transactions.execute((status) -> seed(created.admin(), created.clinic().timeZone()));
		log.info("Demo booking: {} appointments", booked);
	}

	private int seed(Actor admin, java.time.ZoneId zone) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		int count = 0;
		Booked cancelLater = null;
		for (String email : CLIENTS) {
			Optional<ClientId> client = this.accounts.findByEmail(email).map((account) -> account.clientId());
			if (client.isEmpty()) {
				continue;
			}
			if (book(admin, client.get(), "consultation", today.plusDays(1), today.plusDays(3)).isPresent()) {
				count++;
			}
			for (int week = 0; week < 2; week++) {
				LocalDate from = today.plusDays(4 + 7L * week);
				Optional<Booked> session = book(admin, client.get(), "massage-60", from, from.plusDays(6));
				if (session.isPresent()) {
					count++;
					cancelLater = cancelLater == null && week == 1 ? session.get() : cancelLater;
				}
			}
		}
		if (cancelLater != null) {
			this.booking.cancel(admin, cancelLater.appointment().id(), "Demo: the client asked to cancel");
		}
		this.accounts.findByEmail("client6@demo.drift")
			.ifPresent((account) -> this.waitlist.join(admin, new WaitlistRequest(account.clientId(), "massage-60",
					today.plusDays(1), today.plusDays(13), null, true)));
		return count;
	}

	/** The client's first ideal-window slot in the range, booked. */
	private Optional<Booked> book(Actor admin, ClientId client, String service, LocalDate from, LocalDate to) {
		List<AvailableSlot> slots = this.booking.availability(admin, service, from, to, null, client);
		return slots.stream()
			.findFirst()
			.map((slot) -> this.booking.book(admin,
					new BookingRequest(client, slot.therapistId(), service, slot.start().toInstant(), "07700 900000"),
					null));
	}

}
