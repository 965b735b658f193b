package dev.drift.records;

import java.time.Clock;

import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.selfcare.SelfCare;
import dev.drift.sessions.Sessions;
import dev.drift.sleep.SleepDiary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a client's record through each module's facade, in one transaction; the actor
 * must reach the client (the client, or staff of their clinic), and the read is audited
 * under {@code action}.
 */
@Component
class ClientRecordReader {

	private final People people;

	private final Intake intake;

	private final Questionnaires questionnaires;

	private final SleepDiary diary;

	private final Booking booking;

	private final Sessions sessions;

	private final SelfCare selfCare;

	private final Clock clock;

	ClientRecordReader(People people, Intake intake, Questionnaires questionnaires, SleepDiary diary, Booking booking,
			Sessions sessions, SelfCare selfCare, Clock clock) {
		this.sessions = sessions;
		this.selfCare = selfCare;
		this.people = people;
		this.intake = intake;
		this.questionnaires = questionnaires;
		this.diary = diary;
		this.booking = booking;
		this.clock = clock;
	}

	@Transactional
	ClientRecord read(Actor actor, ClientId id, String action) {
		ClientProfile client = this.people.reach(actor, id, action);
		return new ClientRecord(this.clock.instant(), client, this.people.clinic(client.clinicId()),
				this.people.therapistNames(client.clinicId()), this.intake.screenings(actor, id),
				this.questionnaires.completed(actor, id), this.diary.allEntries(actor, id),
				this.booking.appointmentsOf(actor, id), this.sessions.summaries(actor, id),
				this.selfCare.allLogs(actor, id));
	}

}
