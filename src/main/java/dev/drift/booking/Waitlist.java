package dev.drift.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicId;
import dev.drift.people.Clinics;
import dev.drift.people.TherapistId;
import dev.drift.people.Therapists;
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

	private final AppointmentStore appointments;

	private final BookAppointment booking;

	private final Catalogue catalogue;

	private final Clinics clinics;

	private final Therapists therapists;

	private final SlotRules rules;

	private final BookingLocks locks;

	private final ApplicationEventPublisher events;

	Waitlist(WaitlistStore store, AppointmentStore appointments, BookAppointment booking, Catalogue catalogue,
			Clinics clinics, Therapists therapists, SlotRules rules, BookingLocks locks,
			ApplicationEventPublisher events) {
		this.store = store;
		this.appointments = appointments;
		this.booking = booking;
		this.catalogue = catalogue;
		this.clinics = clinics;
		this.therapists = therapists;
		this.rules = rules;
		this.locks = locks;
		this.events = events;
	}

	@Transactional
	public WaitlistEntryView join(Actor actor, WaitlistRequest request) {
		ClientId clientId = request.clientId() != null ? request.clientId() : actor.clientId();
		ClientProfile client = this.booking.reachableClient(actor, clientId);
		this.catalogue.find(actor.clinicId(), request.service())
			.filter(ServiceView::active)
			.orElseThrow(() -> invalid("service", "No such service"));
		ZoneId zone = this.clinics.get(actor.clinicId()).timeZone();
		LocalDate today = this.rules.now().atZone(zone).toLocalDate();
		if (request.firstDay() == null || request.lastDay() == null || request.lastDay().isBefore(request.firstDay())
				|| request.firstDay().isBefore(today) || request.lastDay().isAfter(this.rules.lastDay(zone))) {
			throw invalid("lastDay", "Give days from today up to the booking horizon, the first before the last");
		}
		if (request.therapistId() != null && this.therapists.of(actor.clinicId())
			.stream()
			.noneMatch((therapist) -> therapist.id().equals(request.therapistId()))) {
			throw new NotFoundException("Therapist");
		}
		WaitlistStore.Entry entry = new WaitlistStore.Entry(UUID.randomUUID(), actor.clinicId(), client.id(),
				request.service(), request.firstDay(), request.lastDay(), request.therapistId(), request.eveningsOnly(),
				"WAITING");
		this.store.insert(entry, this.rules.now());
		return view(entry, zone);
	}

	@Transactional(readOnly = true)
	public List<WaitlistEntryView> list(Actor actor) {
		ZoneId zone = this.clinics.get(actor.clinicId()).timeZone();
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
		if (!"OFFERED".equals(offer.status()) || !offer.expiresAt().isAfter(this.rules.now())) {
			throw new RuleViolationException("OFFER_EXPIRED", "This offer is no longer open");
		}
		Booked booked = this.booking.book(actor,
				new BookingRequest(offer.clientId(), offer.therapistId(), offer.service(), offer.start(), null),
				"waitlist-offer-" + offer.id());
		if (this.store.close(offer.id(), "ACCEPTED", booked.appointment().id())) {
			this.store.setStatus(offer.waitlistId(), "BOOKED");
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
		boolean open = "OFFERED".equals(offer.status()) && offer.expiresAt().isAfter(this.rules.now());
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
		Optional<WaitlistStore.Offer> held = this.store.openOfferOf(entry.id(), this.rules.now());
		if (held.isPresent() && this.store.close(held.get().id(), "WITHDRAWN", null)) {
			WaitlistStore.Offer offer = held.get();
			offer(offer.clinicId(), offer.therapistId(), offer.start(), offer.blockedUntil());
		}
	}

	@EventListener
	void on(AppointmentCancelled cancelled) {
		AppointmentView a = cancelled.appointment();
		this.appointments.find(a.id())
			.ifPresent((freed) -> offer(freed.clinicId(), freed.therapistId(), freed.start(), freed.blockedUntil()));
	}

	@EventListener
	void on(AppointmentRescheduled moved) {
		AppointmentView before = moved.before();
		Instant start = before.start().toInstant();
		Duration buffer = this.catalogue.settings(before.clinicId()).buffer();
		offer(before.clinicId(), before.therapistId(), start, before.end().toInstant().plus(buffer));
	}

	/** Every minute: expired holds close and pass the slot to the next waiting client. */
	@Scheduled(fixedDelayString = "${drift.booking.waitlist-sweep:PT1M}")
	@Transactional
	public void expireHolds() {
		for (WaitlistStore.Offer offer : this.store.expired(this.rules.now(), 100)) {
			if (this.store.close(offer.id(), "EXPIRED", null)) {
				offer(offer.clinicId(), offer.therapistId(), offer.start(), offer.blockedUntil());
			}
		}
	}

	/**
	 * Offers a freed span to the first matching waiting client, holding it for 30
	 * minutes.
	 */
	void offer(ClinicId clinic, TherapistId therapist, Instant start, Instant freedUntil) {
		Instant now = this.rules.now();
		if (!start.isAfter(now)) {
			return;
		}
		this.locks.lock(therapist.value());
		ZoneId zone = this.clinics.get(clinic).timeZone();
		Duration buffer = this.catalogue.settings(clinic).buffer();
		for (WaitlistStore.Entry entry : this.store.waiting(clinic)) {
			Optional<ServiceView> service = this.catalogue.find(clinic, entry.service());
			if (service.isEmpty() || !matches(entry, therapist, start, zone)
					|| this.store.openOfferOf(entry.id(), now).isPresent()
					|| this.store.offered(entry.id(), therapist, start)) {
				continue;
			}
			Instant until = start.plus(service.get().length()).plus(buffer);
			if (until.isAfter(freedUntil)
					|| this.appointments.clashes(therapist, entry.clientId(), start, until, UUID.randomUUID())
					|| this.store.heldByOthers(therapist, entry.clientId(), start, until, now)) {
				continue;
			}
			WaitlistStore.Offer offer = new WaitlistStore.Offer(UUID.randomUUID(), clinic, entry.id(), entry.clientId(),
					therapist, entry.service(), start, until, now.plus(HOLD), "OFFERED");
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
		Optional<WaitlistStore.Offer> offer = this.store.openOfferOf(entry.id(), this.rules.now());
		return new WaitlistEntryView(entry.id(), entry.clientId(), entry.service(), entry.firstDay(), entry.lastDay(),
				entry.therapistId(), entry.eveningsOnly(), offer.isPresent() ? "OFFERED" : entry.status(),
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
