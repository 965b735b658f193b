package dev.drift.booking;

/**
 * An appointment was cancelled; its slot is free again. {@code messageToClient} is what
 * the clinic asked to tell the client in the cancellation email (null: nothing).
 */
public record AppointmentCancelled(AppointmentView appointment, String messageToClient) {

	public AppointmentCancelled(AppointmentView appointment) {
		this(appointment, null);
	}

}
