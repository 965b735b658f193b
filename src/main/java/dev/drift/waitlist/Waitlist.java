package dev.drift.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.booking.AppointmentCancelled;
import dev.drift.booking.AppointmentRescheduled;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booked;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.booking.ServiceView;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waitlist: a client asks for a service in a date range (a therapist, evenings only);
 * when a matching slot frees, the first waiting client gets an offer holding it for 30
 * minutes; confirming books it; an expired hold passes to the next in line. Holds are
 * closed with a conditional update, so several instances may sweep at once.
 */
@Service
public class Waitlist {

	static final Duration HOLD = Duration.ofMinutes(30);

	static final LocalTime EVENING = LocalTime.of(17, 0);

	private final WaitlistStore store;

	private final Booking booking;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Waitlist(WaitlistStore store, Booking booking, People people, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.booking = booking;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Deletes the client's waiting-list entries and offers (system call of the approved
	 * erasure workflow).
	 */
	@Transactional
	public int eraseClient(ClientId client) {
		return this.store.eraseClient(client.value());
	}

	@Transactional
	public WaitlistEntryView join(Actor actor, WaitlistRequest request) {
		ClientId clientId = request.clientId() != null ? request.clientId() : actor.clientId();
		if (clientId == null) {
			throw invalid("clientId", "Say who is waiting");
		}
		ClientProfile client = this.people.reach(actor, clientId, "CLIENT_PROFILE_READ");
		this.booking.service(actor.clinicId(), request.service())
			.filter(ServiceView::active)
			.orElseThrow(() -> invalid("service", "No such service"));
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		LocalDate today = this.clock.instant().atZone(zone).toLocalDate();
		if (request.firstDay() == null || request.lastDay() == null || request.lastDay().isBefore(request.firstDay())
				|| request.firstDay().isBefore(today)
				|| request.lastDay().isAfter(this.booking.lastBookableDay(zone))) {
			throw invalid("lastDay", "Give days from today up to the booking horizon, the first before the last");
		}
		if (request.therapistId() != null && this.people.therapistsOf(actor.clinicId())
			.stream()
			.noneMatch((therapist) -> therapist.id().equals(request.therapistId()))) {
			throw new NotFoundException("Therapist");
		}
		WaitlistStore.Entry entry = new WaitlistStore.Entry(UUID.randomUUID(), actor.clinicId(), client.id(),
				request.service(), request.firstDay(), request.lastDay(), request.therapistId(), request.eveningsOnly(),
				WaitStatus.WAITING);
		this.store.insert(entry, this.clock.instant());
		return view(entry, zone);
	}

	@Transactional(readOnly = true)
	public List<WaitlistEntryView> list(Actor actor) {
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		return this.store.entries(actor.clinicId(), actor.isStaff() ? null : actor.clientId())
			.stream()
			.map((entry) -> view(entry, zone))
			.toList();
	}

	/** The held client (or staff) confirms an offer: first confirmed wins. */
	public Booked confirm(Actor actor, UUID offerId) {
		WaitlistStore.Offer offer = this.store.offer(offerId)
			.filter((found) -> actor.mayAccessClient(found.clinicId(), found.clientId()))
			.orElseThrow(() -> new NotFoundException("Offer"));
		if (offer.status() != OfferStatus.OFFERED || !offer.expiresAt().isAfter(this.clock.instant())) {
			throw new RuleViolationException("OFFER_EXPIRED", "This offer is no longer open");
		}
		Booked booked = this.booking.book(actor,
				new BookingRequest(offer.clientId(), offer.therapistId(), offer.service(), offer.start(), null),
				"waitlist-offer-" + offer.id());
		if (this.store.close(offer.id(), OfferStatus.ACCEPTED, booked.appointment().id())) {
			this.store.setStatus(offer.waitlistId(), WaitStatus.BOOKED);
		}
		return booked;
	}

	/**
	 * One offer as its client (or staff) sees it; a foreign or missing id is not found.
	 * {@code open} is false once it expired, was taken or withdrawn.
	 */
	@Transactional(readOnly = true)
	public OfferView offerOf(Actor actor, UUID offerId) {
		WaitlistStore.Offer offer = this.store.offer(offerId)
			.filter((found) -> actor.mayAccessClient(found.clinicId(), found.clientId()))
			.orElseThrow(() -> new NotFoundException("Offer"));
		boolean open = offer.status() == OfferStatus.OFFERED && offer.expiresAt().isAfter(this.clock.instant());
		return new OfferView(offer.id(), offer.clientId(), offer.therapistId(), offer.service(), offer.start(),
				offer.expiresAt(), open);
	}

	/**
	 * The client leaves the waitlist: the entry stops waiting and an open hold passes to
	 * the next in line.
	 */
	@Transactional
	public void leave(Actor actor, UUID entryId) {
		WaitlistStore.Entry entry = this.store.entry(entryId)
			.filter((found) -> actor.mayAccessClient(found.clinicId(), found.clientId()))
			.orElseThrow(() -> new NotFoundException("Waitlist entry"));
		if (!this.store.leave(entry.id())) {
			return;
		}
		Optional<WaitlistStore.Offer> held = this.store.openOfferOf(entry.id(), this.clock.instant());
		if (held.isPresent() && this.store.close(held.get().id(), OfferStatus.WITHDRAWN, null)) {
			WaitlistStore.Offer offer = held.get();
			offer(offer.clinicId(), offer.therapistId(), offer.start(), offer.blockedUntil());
		}
	}

	/**
	 * A cancelled appointment frees its time (and the buffer after it). Deliberately a
	 * synchronous listener inside the cancelling transaction, unlike the other
	 * cross-module listeners: the freed time is held for the first waiting client before
	 * anyone can see it free, so no quick booking can take it in between.
	 */
	@EventListener
	void on(AppointmentCancelled cancelled) {
		freed(cancelled.appointment());
	}

	/**
	 * A moved appointment frees the time it had (in the moving transaction, as above).
	 */
	@EventListener
	void on(AppointmentRescheduled moved) {
		freed(moved.before());
	}

	private void freed(AppointmentView appointment) {
		Duration buffer = this.booking.settings(appointment.clinicId()).buffer();
		offer(appointment.clinicId(), appointment.therapistId(), appointment.start().toInstant(),
				appointment.end().toInstant().plus(buffer));
	}

	/** Every minute: expired holds close and pass the slot to the next waiting client. */
	@Scheduled(fixedDelayString = "${drift.booking.waitlist-sweep:PT1M}")
	@Transactional
	public void expireHolds() {
		for (WaitlistStore.Offer offer : this.store.expired(this.clock.instant(), 100)) {
			if (this.store.close(offer.id(), OfferStatus.EXPIRED, null)) {
				offer(offer.clinicId(), offer.therapistId(), offer.start(), offer.blockedUntil());
			}
		}
	}

	/**
	 * Offers a freed span to the first matching waiting client, holding it for 30
	 * minutes.
	 */
	void offer(ClinicId clinic, TherapistId therapist, Instant start, Instant freedUntil) {
		Instant now = this.clock.instant();
		if (!start.isAfter(now)) {
			return;
		}
		ZoneId zone = this.people.clinic(clinic).timeZone();
		Duration buffer = this.booking.settings(clinic).buffer();
		for (WaitlistStore.Entry entry : this.store.waiting(clinic)) {
			Optional<ServiceView> service = this.booking.service(clinic, entry.service());
			if (service.isEmpty() || !matches(entry, therapist, start, zone)
					|| this.store.openOfferOf(entry.id(), now).isPresent()
					|| this.store.offered(entry.id(), therapist, start)) {
				continue;
			}
			Instant until = start.plus(service.get().length()).plus(buffer);
			if (until.isAfter(freedUntil) || !this.booking.lockIfFree(clinic, therapist, entry.clientId(), start, until)
					|| this.store.heldByOthers(therapist, entry.clientId(), start, until, now)) {
				continue;
			}
			WaitlistStore.Offer offer = new WaitlistStore.Offer(UUID.randomUUID(), clinic, entry.id(), entry.clientId(),
					therapist, entry.service(), start, until, now.plus(HOLD), OfferStatus.OFFERED);
			this.store.insertOffer(offer, now);
			this.events.publishEvent(new WaitlistOffered(offer.id(), clinic, entry.clientId(), therapist,
					entry.service(), start.atZone(zone), offer.expiresAt().atZone(zone)));
			return;
		}
	}

	private static boolean matches(WaitlistStore.Entry entry, TherapistId therapist, Instant start, ZoneId zone) {
		LocalDate day = start.atZone(zone).toLocalDate();
		return !day.isBefore(entry.firstDay()) && !day.isAfter(entry.lastDay())
				&& (entry.therapistId() == null || entry.therapistId().equals(therapist))
				&& (!entry.eveningsOnly() || !start.atZone(zone).toLocalTime().isBefore(EVENING));
	}

	private WaitlistEntryView view(WaitlistStore.Entry entry, ZoneId zone) {
		Optional<WaitlistStore.Offer> offer = this.store.openOfferOf(entry.id(), this.clock.instant());
		return new WaitlistEntryView(entry.id(), entry.clientId(), entry.service(), entry.firstDay(), entry.lastDay(),
				entry.therapistId(), entry.eveningsOnly(),
				offer.isPresent() ? OfferStatus.OFFERED.name() : entry.status().name(),
				offer.map(WaitlistStore.Offer::id).orElse(null),
				offer.map(WaitlistStore.Offer::therapistId).orElse(null),
				offer.map((o) -> o.start().atZone(zone)).orElse(null),
				offer.map((o) -> o.expiresAt().atZone(zone)).orElse(null));
	}

	private static InvalidInputException invalid(String field, String message) {
		return new InvalidInputException("VALIDATION_FAILED", message,
				List.of(new FieldProblem(field, "Invalid", message)));
	}

}
