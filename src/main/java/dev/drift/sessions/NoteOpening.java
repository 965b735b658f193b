package dev.drift.sessions;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An attended appointment opens its draft note (prefilled from the plan and the screening
 * in force at the appointment) and links the client's next diary night to the session.
 */
@Component
class NoteOpening {

	private final SessionNotes notes;

	NoteOpening(SessionNotes notes) {
		this.notes = notes;
	}

	@ApplicationModuleListener
	void on(AppointmentAttended attended) {
		this.notes.opened(attended);
	}

}
