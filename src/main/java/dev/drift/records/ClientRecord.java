package dev.drift.records;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.drift.booking.AppointmentView;
import dev.drift.intake.ScreeningView;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicProfile;
import dev.drift.people.TherapistId;
import dev.drift.questionnaires.CompletedQuestionnaire;
import dev.drift.selfcare.RoutineLog;
import dev.drift.sessions.SessionSummary;
import dev.drift.sleep.DiaryEntryView;

/**
 * Everything Drift holds about one client that leaves Drift in an export, read through
 * the owning modules' facades at one instant, including the signed sessions (as the
 * client sees them: what was done, never the note's free text) and the self-care routine
 * log.
 */
record ClientRecord(Instant readAt, ClientProfile client, ClinicProfile clinic, Map<TherapistId, String> therapists,
		List<ScreeningView> screenings, List<CompletedQuestionnaire> questionnaires, List<DiaryEntryView> diary,
		List<AppointmentView> appointments, List<SessionSummary> sessions, List<RoutineLog> routines) {

	ClientRecord {
		therapists = Map.copyOf(therapists);
		screenings = List.copyOf(screenings);
		questionnaires = List.copyOf(questionnaires);
		diary = List.copyOf(diary);
		appointments = List.copyOf(appointments);
		sessions = List.copyOf(sessions);
		routines = List.copyOf(routines);
	}

	String therapistName(TherapistId id) {
		return this.therapists.getOrDefault(id, "Therapist");
	}

}
