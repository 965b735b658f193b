package dev.drift.booking;

import java.math.BigDecimal;

import dev.drift.people.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's booking page: services and booking settings. Forms bind strings, so a
 * crafted post re-renders with field messages instead of failing.
 */
@Controller
class BookingAdminController {

	private final Catalogue catalogue;

	BookingAdminController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/booking")
	String page(Actor actor, Model model) {
		actor.requireAdmin();
		BookingSettings settings = this.catalogue.settings(actor.clinicId());
		model.addAttribute("settingsForm", new SettingsForm(String.valueOf(settings.bufferMinutes()),
				String.valueOf(settings.leadTimeMinutes()), String.valueOf(settings.cancelWindowHours())));
		model.addAttribute("serviceForm", new ServiceForm("", "", "60", "0.00", "", null, "true"));
		return render(actor, model);
	}

	@PostMapping("/admin/booking/settings")
	String settings(Actor actor, @ModelAttribute("settingsForm") SettingsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		actor.requireAdmin();
		try {
			this.catalogue.change(actor,
					new BookingSettings(Integer.parseInt(form.bufferMinutes().strip()),
							Integer.parseInt(form.leadTimeMinutes().strip()),
							Integer.parseInt(form.cancelWindowHours().strip())));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.reject("booking.settings.invalid");
			model.addAttribute("serviceForm", new ServiceForm("", "", "60", "0.00", "", null, "true"));
			return render(actor, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/booking";
	}

	@PostMapping("/admin/booking/services")
	String service(Actor actor, @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		actor.requireAdmin();
		try {
			this.catalogue.save(actor, form.toService());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.reject("booking.service.invalid");
			BookingSettings settings = this.catalogue.settings(actor.clinicId());
			model.addAttribute("settingsForm", new SettingsForm(String.valueOf(settings.bufferMinutes()),
					String.valueOf(settings.leadTimeMinutes()), String.valueOf(settings.cancelWindowHours())));
			return render(actor, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/booking";
	}

	private String render(Actor actor, Model model) {
		model.addAttribute("services", this.catalogue.services(actor.clinicId()));
		return "booking/admin";
	}

	record SettingsForm(String bufferMinutes, String leadTimeMinutes, String cancelWindowHours) {
	}

	record ServiceForm(String code, String name, String minutes, String price, String description, String online,
			String active) {

		ServiceView toService() {
			return new ServiceView(this.code == null ? null : this.code.strip(), this.name.strip(),
					Integer.parseInt(this.minutes.strip()), new BigDecimal(this.price.strip()), this.description,
					"true".equals(this.online), "true".equals(this.active));
		}

	}

}
