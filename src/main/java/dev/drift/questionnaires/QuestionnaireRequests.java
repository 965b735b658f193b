package dev.drift.questionnaires;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.shared.Timestamps;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Questionnaires asked for on a date outside the clinic's schedule (a plan's review). A
 * request for a date is met by a response completed from a week before that date on.
 */
@Repository
class QuestionnaireRequests {

	static final int MET_FROM_DAYS_BEFORE = 7;

	private final JdbcClient jdbc;

	QuestionnaireRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Asks for the instrument by the date; asking twice for the same date changes
	 * nothing.
	 */
	void request(ClientProfile client, Instrument instrument, LocalDate dueOn, String reason, Instant now) {
		try {
			insert(client, instrument, dueOn, reason, now);
		}
		catch (DuplicateKeyException ex) {
			// asked for at the same moment elsewhere: the request exists
		}
	}

	private void insert(ClientProfile client, Instrument instrument, LocalDate dueOn, String reason, Instant now) {
		this.jdbc.sql("""
				insert into questionnaire_request (client_id, instrument, due_on, clinic_id, reason, created_at)
				select :client, :instrument, :dueOn, :clinic, :reason, :now from (values (1)) as one (x)
				where not exists (select 1 from questionnaire_request
				  where client_id = :client and instrument = :instrument and due_on = :dueOn)""")
			.param("client", client.id().value())
			.param("instrument", instrument.name())
			.param("dueOn", dueOn)
			.param("clinic", client.clinicId().value())
			.param("reason", reason)
			.param("now", Timestamps.utc(now))
			.update();
	}

	/** The dates each instrument was asked for, oldest first (one query for both). */
	Map<Instrument, List<LocalDate>> dates(ClientProfile client) {
		Map<Instrument, List<LocalDate>> dates = new EnumMap<>(Instrument.class);
		this.jdbc.sql("select instrument, due_on from questionnaire_request where client_id = :client order by due_on")
			.param("client", client.id().value())
			.query((RowCallbackHandler) (rs) -> dates
				.computeIfAbsent(Instrument.valueOf(rs.getString(1)), (key) -> new ArrayList<>())
				.add(rs.getObject(2, LocalDate.class)));
		return dates;
	}

	/** The earliest request not met by the last completion, if any. */
	static LocalDate firstOpen(List<LocalDate> requested, LocalDate lastCompleted) {
		return requested.stream()
			.filter((on) -> lastCompleted == null || lastCompleted.isBefore(on.minusDays(MET_FROM_DAYS_BEFORE)))
			.findFirst()
			.orElse(null);
	}

	/** Deletes a client's questionnaire responses and requests (erasure). */
	int eraseClient(ClientId client) {
		int responses = this.jdbc.sql("delete from sleep_questionnaire_response where client_id = :client")
			.param("client", client.value())
			.update();
		return responses + this.jdbc.sql("delete from questionnaire_request where client_id = :client")
			.param("client", client.value())
			.update();
	}

}
