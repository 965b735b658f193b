package dev.drift.booking;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** An appointment as the API writes it (times ISO 8601 with their offset). */
public record AppointmentJson(UUID id, UUID clientId, UUID therapistId, String service, String serviceName, int minutes,
		BigDecimal price, boolean online, String onlineContact, String start, String end, String status,
		String cancelReason, int sequence) {

	public static AppointmentJson of(AppointmentView a) {
		return new AppointmentJson(a.id(), a.clientId().value(), a.therapistId().value(), a.serviceCode(),
				a.serviceName(), a.minutes(), a.price(), a.online(), a.onlineContact(),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.start()),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.end()), a.status().name(), a.cancelReason(),
				a.sequence());
	}

}
