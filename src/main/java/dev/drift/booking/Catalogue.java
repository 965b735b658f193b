package dev.drift.booking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClinicId;
import dev.drift.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's services and booking settings. A clinic starts with the default services and
 * settings; a row in {@code booking_service} or {@code booking_clinic_settings} overrides
 * them, so an admin's change is the only write.
 */
@Service
@Transactional
class Catalogue {

	static final List<ServiceView> DEFAULT_SERVICES = List
		.of(new ServiceView("consultation", "Consultation", 20, BigDecimal.ZERO,
				"A free 20-minute video or phone call to talk about your sleep and what massage can do.", true, true),
				new ServiceView("massage-30", "Massage, 30 minutes", 30, new BigDecimal("35.00"),
						"A short focused session on one area, such as neck and shoulders or feet.", false, true),
				new ServiceView("massage-60", "Massage, 60 minutes", 60, new BigDecimal("60.00"),
						"Our usual full-body session, slow and calming, timed to help you wind down.", false, true),
				new ServiceView("massage-90", "Massage, 90 minutes", 90, new BigDecimal("85.00"),
						"A longer session with time for several areas and a foot routine.", false, true),
				new ServiceView("massage-120", "Massage, 120 minutes", 120, new BigDecimal("110.00"),
						"An unhurried full-body session for deep relaxation.", false, true));

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Catalogue(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** All services of a clinic, the clinic's own changes over the defaults. */
	@Transactional(readOnly = true)
	public List<ServiceView> services(ClinicId clinic) {
		Map<String, ServiceView> byCode = new LinkedHashMap<>();
		DEFAULT_SERVICES.forEach((service) -> byCode.put(service.code(), service));
		this.jdbc
			.sql("select code, name, minutes, price, description, online, active from booking_service"
					+ " where clinic_id = :clinic order by code")
			.param("clinic", clinic.value())
			.query((rs, i) -> new ServiceView(rs.getString("code"), rs.getString("name"), rs.getInt("minutes"),
					rs.getBigDecimal("price"), rs.getString("description"), rs.getBoolean("online"),
					rs.getBoolean("active")))
			.list()
			.forEach((service) -> byCode.put(service.code(), service));
		return List.copyOf(byCode.values());
	}

	/** The services clients can book now. */
	@Transactional(readOnly = true)
	public List<ServiceView> bookable(ClinicId clinic) {
		return services(clinic).stream().filter(ServiceView::active).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ServiceView> find(ClinicId clinic, String code) {
		return services(clinic).stream().filter((service) -> service.code().equals(code)).findFirst();
	}

	/** A bookable service, or 404 (an unknown or retired code). */
	@Transactional(readOnly = true)
	public ServiceView bookable(ClinicId clinic, String code) {
		return find(clinic, code).filter(ServiceView::active).orElseThrow(() -> new NotFoundException("Service"));
	}

	/** The admin adds or changes a service (a default's code changes the default). */
	public ServiceView save(Actor actor, ServiceView service) {
		actor.requireAdmin();
		int updated = this.jdbc
			.sql("update booking_service set name = :name, minutes = :minutes, price = :price,"
					+ " description = :description, online = :online, active = :active"
					+ " where clinic_id = :clinic and code = :code")
			.params(params(actor.clinicId(), service))
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into booking_service (clinic_id, code, name, minutes, price, description, online, active)"
						+ " values (:clinic, :code, :name, :minutes, :price, :description, :online, :active)")
				.params(params(actor.clinicId(), service))
				.update();
		}
		this.audit.record(actor.audit("BOOKING_SERVICE_CHANGED"));
		return service;
	}

	/**
	 * The admin deactivates a service: it leaves the clients' list and can no longer be
	 * booked (or a new appointment moved to it); booked and past appointments keep it.
	 */
	public ServiceView deactivate(Actor actor, String code) {
		return makeBookable(actor, code, false);
	}

	/** The admin offers a deactivated service again, as it was before. */
	public ServiceView reactivate(Actor actor, String code) {
		return makeBookable(actor, code, true);
	}

	/**
	 * Switches a service that is not yet in the asked state (404 otherwise), keeping the
	 * rest of it as it is.
	 */
	private ServiceView makeBookable(Actor actor, String code, boolean bookable) {
		actor.requireAdmin();
		ServiceView service = find(actor.clinicId(), code).filter((found) -> found.active() != bookable)
			.orElseThrow(() -> new NotFoundException("Service"));
		return save(actor, new ServiceView(service.code(), service.name(), service.minutes(), service.price(),
				service.description(), service.online(), bookable));
	}

	@Transactional(readOnly = true)
	public BookingSettings settings(ClinicId clinic) {
		return this.jdbc
			.sql("select buffer_minutes, lead_time_minutes, cancel_window_hours from booking_clinic_settings"
					+ " where clinic_id = :clinic")
			.param("clinic", clinic.value())
			.query((rs, i) -> new BookingSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.optional()
			.orElse(BookingSettings.DEFAULTS);
	}

	public BookingSettings change(Actor actor, BookingSettings settings) {
		actor.requireAdmin();
		Map<String, Object> params = Map.of("clinic", actor.clinicId().value(), "buffer", settings.bufferMinutes(),
				"lead", settings.leadTimeMinutes(), "cancel", settings.cancelWindowHours());
		int updated = this.jdbc
			.sql("update booking_clinic_settings set buffer_minutes = :buffer, lead_time_minutes = :lead,"
					+ " cancel_window_hours = :cancel where clinic_id = :clinic")
			.params(params)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into booking_clinic_settings (clinic_id, buffer_minutes, lead_time_minutes,"
						+ " cancel_window_hours) values (:clinic, :buffer, :lead, :cancel)")
				.params(params)
				.update();
		}
		this.audit.record(actor.audit("BOOKING_SETTINGS_CHANGED"));
		return settings;
	}

	private static Map<String, Object> params(ClinicId clinic, ServiceView service) {
		return Map.of("clinic", clinic.value(), "code", service.code(), "name", service.name(), "minutes",
				service.minutes(), "price", service.price(), "description", service.description(), "online",
				service.online(), "active", service.active());
	}

}
