package dev.drift.booking;

import java.math.BigDecimal;

import dev.drift.people.Actor;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's booking page: services and booking settings. Forms bind strings, so a
 * crafted post re-renders with field messages instead of failing. A service is
 * deactivated after a confirmation page and offered again with one button (issue 17 item
 * 12).
 */
@Controller
class BookingAdminController {

	private final Catalogue catalogue;

	BookingAdminController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * The page; with {@code ?edit=code} the service form opens filled with that service,
	 * so an admin changes a name or price without retyping the rest.
	 */
	@GetMapping("/admin/booking")
	String page(Actor actor, @RequestParam(required = false) String edit, Model model) {
		actor.requireAdmin();
		BookingSettings settings = this.catalogue.settings(actor.clinicId());
		model.addAttribute("settingsForm", new SettingsForm(String.valueOf(settings.bufferMinutes()),
				String.valueOf(settings.leadTimeMinutes()), String.valueOf(settings.cancelWindowHours())));
		model.addAttribute("serviceForm",
				edit == null ? new ServiceForm("", "", "60", "0.00", "", null, "true")
						: ServiceForm.of(this.catalogue.find(actor.clinicId(), edit)
							.orElseThrow(() -> new NotFoundException("Service"))));
		model.addAttribute("editing", edit != null);
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
		form.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.catalogue.save(actor, form.toService());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/booking";
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				errors.reject("booking.service.invalid");
			}
		}
		BookingSettings settings = this.catalogue.settings(actor.clinicId());
		model.addAttribute("settingsForm", new SettingsForm(String.valueOf(settings.bufferMinutes()),
				String.valueOf(settings.leadTimeMinutes()), String.valueOf(settings.cancelWindowHours())));
		return render(actor, model);
	}

	/**
	 * Asks before deactivating a service: clients can no longer book it and no longer see
	 * it; appointments already booked stay, with their history.
	 */
	@GetMapping("/admin/booking/services/{code}/deactivate")
	String confirmDeactivate(Actor actor, @PathVariable String code, Model model) {
		actor.requireAdmin();
		model.addAttribute("service",
				this.catalogue.find(actor.clinicId(), code)
					.filter(ServiceView::active)
					.orElseThrow(() -> new NotFoundException("Service")));
		return "booking/deactivate";
	}

	/**
	 * Deactivates a service (after the confirmation page) or offers a deactivated one
	 * again (nothing is lost, so that needs no confirmation).
	 */
	@PostMapping("/admin/booking/services/{code}/{action:deactivate|reactivate}")
	String activation(Actor actor, @PathVariable String code, @PathVariable String action,
			RedirectAttributes redirect) {
		actor.requireAdmin();
		boolean deactivate = action.equals("deactivate");
		ServiceView service = deactivate ? this.catalogue.deactivate(actor, code)
				: this.catalogue.reactivate(actor, code);
		redirect.addFlashAttribute(deactivate ? "deactivated" : "reactivated", service.name());
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

		/** Prices fit numeric(10, 2): up to 8 digits before the point and 2 after. */
		static final java.util.regex.Pattern PRICE = java.util.regex.Pattern.compile("\\d{1,8}(\\.\\d{1,2})?");

		static final java.util.regex.Pattern MINUTES = java.util.regex.Pattern.compile("\\d{1,3}");

		/** Each field's own message, named after the field and saying what to enter. */
		void validate(Errors errors) {
			if (this.code == null || !ServiceView.CODE.matcher(this.code.strip()).matches()) {
				errors.rejectValue("code", "booking.service.code.invalid");
			}
			if (this.name == null || this.name.isBlank()) {
				errors.rejectValue("name", "booking.service.name.required");
			}
			else if (this.name.strip().length() > 80 || this.name.codePoints().anyMatch(Character::isISOControl)) {
				errors.rejectValue("name", "booking.service.name.invalid");
			}
			String length = this.minutes == null ? "" : this.minutes.strip();
			if (!MINUTES.matcher(length).matches() || Integer.parseInt(length) < 15 || Integer.parseInt(length) > 480
					|| Integer.parseInt(length) % 5 != 0) {
				errors.rejectValue("minutes", "booking.service.minutes.invalid");
			}
			if (this.price == null || !PRICE.matcher(this.price.strip()).matches()) {
				errors.rejectValue("price", "booking.service.price.invalid");
			}
			if (this.description != null && (this.description.strip().length() > 500 || this.description.codePoints()
				.anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r'))) {
				errors.rejectValue("description", "booking.service.description.invalid");
			}
		}

		static ServiceForm of(ServiceView service) {
			return new ServiceForm(service.code(), service.name(), String.valueOf(service.minutes()),
					service.price().toPlainString(), service.description() == null ? "" : service.description(),
					String.valueOf(service.online()), String.valueOf(service.active()));
		}

		ServiceView toService() {
			return new ServiceView(this.code == null ? null : this.code.strip(), this.name.strip(),
					Integer.parseInt(this.minutes.strip()), new BigDecimal(this.price.strip()), this.description,
					"true".equals(this.online), "true".equals(this.active));
		}

	}

}
