package dev.drift.outcomes;

import dev.drift.people.ClientId;
import dev.drift.questionnaires.QuestionnaireAnswered;
import dev.drift.selfcare.RoutineLogged;
import dev.drift.sessions.AppointmentAttended;
import dev.drift.sessions.SessionNoteSigned;
import dev.drift.sleep.DiaryEntryRecorded;
import dev.drift.sleep.FirstSessionRecorded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read models up to date: each event re-projects its client (after the
 * publishing transaction committed; a failed refresh stays in the event publication log
 * and is retried with it).
 */
@Component
class OutcomesListeners {

	private final ClientRefresh refresh;

	OutcomesListeners(ClientRefresh refresh) {
		this.refresh = refresh;
	}

	@ApplicationModuleListener
	void on(DiaryEntryRecorded recorded) {
		this.refresh.refresh(new ClientId(recorded.clientId()));
	}

	@ApplicationModuleListener
	void on(FirstSessionRecorded recorded) {
		this.refresh.refresh(new ClientId(recorded.clientId()));
	}

	@ApplicationModuleListener
	void on(AppointmentAttended attended) {
		this.refresh.refresh(attended.clientId());
	}

	@ApplicationModuleListener
	void on(SessionNoteSigned signed) {
		this.refresh.refresh(new ClientId(signed.clientId()));
	}

	@ApplicationModuleListener
	void on(RoutineLogged logged) {
		this.refresh.refresh(new ClientId(logged.clientId()));
	}

	@ApplicationModuleListener
	void on(QuestionnaireAnswered answered) {
		this.refresh.refresh(new ClientId(answered.clientId()));
	}

}
