package dev.drift.frontdesk;

import java.util.Map;
import java.util.UUID;

import dev.drift.frontdesk.FrontDeskController.Slot;

/**
 * What the admin decided for one appointment booked in a therapist's new time off: move
 * it to a time the client agreed to, or cancel it with a message to the client. Read from
 * the time-off form's {@code decision-<id>}, {@code slot-<id>}, {@code agreed-<id>} and
 * {@code message-<id>} fields.
 */
record ClashDecision(UUID appointment, String action, String slotValue, boolean agreed, String message) {

	static final int MAX_MESSAGE = 450;

	static ClashDecision read(UUID appointment, Map<String, String> fields) {
		String id = appointment.toString();
		return new ClashDecision(appointment, fields.getOrDefault("decision-" + id, ""),
				fields.getOrDefault("slot-" + id, ""), "true".equals(fields.get("agreed-" + id)),
				fields.getOrDefault("message-" + id, "").strip());
	}

	public boolean moves() {
		return "move".equals(this.action);
	}

	public boolean cancels() {
		return "cancel".equals(this.action);
	}

	Slot slot() {
		return Slot.parse(this.slotValue);
	}

	/**
	 * The message key of what is missing or wrong, or null when the decision is complete.
	 */
	String problem() {
		if (moves()) {
			if (slot() == null) {
				return "timeOffDesk.error.slot";
			}
			return this.agreed ? null : "timeOffDesk.error.agreed";
		}
		if (cancels()) {
			boolean readable = !this.message.isEmpty() && this.message.length() <= MAX_MESSAGE
					&& this.message.codePoints().noneMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r');
			return readable ? null : "timeOffDesk.error.message";
		}
		return "timeOffDesk.error.decision";
	}

}
