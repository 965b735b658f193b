package dev.drift.waitlist;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.shared.DriftException;
import dev.drift.booking.AppointmentJson;
import dev.drift.booking.Booking;
import dev.drift.booking.ServiceView;
import dev.drift.booking.Booked;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an offer email links to: the held slot and its expiry in the client's zone,
 * and a button that books it. An expired or taken offer says so; a foreign one is not
 * found.
 */
@Controller
class OfferPagesController {

	private final Waitlist waitlist;

	private final Booking booking;

	private final WaitlistViewer viewer;

	OfferPagesController(Waitlist waitlist, Booking booking, WaitlistViewer viewer) {
		this.waitlist = waitlist;
		this.booking = booking;
		this.viewer = viewer;
	}

	@GetMapping("/booking/offers/{offerId}")
	String offer(Actor actor, @PathVariable String offerId, Model model) {
		OfferView offer = this.waitlist.offerOf(actor, WaitlistPagesController.uuid(offerId));
		ZoneId zone = this.viewer.me(actor).timeZone();
		ZonedDateTime start = offer.start().atZone(zone);
		ZonedDateTime expires = offer.expires().atZone(zone);
		model.addAttribute("offer", offer);
		model.addAttribute("service",
				this.booking.service(actor.clinicId(), offer.service()).map(ServiceView::name).orElse(offer.service()));
		model.addAttribute("therapist", this.viewer.therapistNames(actor).getOrDefault(offer.therapistId(), ""));
		model.addAttribute("day", WaitlistViewer.DAY.format(start));
		model.addAttribute("time", WaitlistViewer.TIME.format(start));
		model.addAttribute("until", WaitlistViewer.DAY.format(expires) + ", " + WaitlistViewer.TIME.format(expires));
		model.addAttribute("zone", WaitlistViewer.zoneName(zone, start));
		return "waitlist/offer";
	}

	@PostMapping("/booking/offers/{offerId}")
	String confirm(Actor actor, @PathVariable String offerId, RedirectAttributes redirect) {
		UUID id = WaitlistPagesController.uuid(offerId);
		try {
			this.waitlist.confirm(actor, id);
			redirect.addFlashAttribute("booked", true);
			return "redirect:/booking/mine";
		}
		catch (DriftException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/booking/offers/" + id;
		}
	}

}
