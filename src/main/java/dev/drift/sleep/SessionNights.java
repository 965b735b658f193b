package dev.drift.sleep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Diary nights linked to the session before them, with the optional relaxation answer.
 */
@Repository
class SessionNights {

	private final JdbcClient jdbc;

	SessionNights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Links the night (once; a second session the same day keeps the first link). */
	void link(UUID client, LocalDate diaryDate, UUID appointment) {
		if (find(client, diaryDate).isEmpty()) {
			this.jdbc.sql("""
					insert into sleep_session_night (client_id, diary_date, appointment_id)
					values (:client, :date, :appointment)""")
				.param("client", client)
				.param("date", diaryDate)
				.param("appointment", appointment)
				.update();
		}
	}

	boolean relaxed(UUID client, LocalDate diaryDate, Integer relaxed) {
		return this.jdbc
			.sql("update sleep_session_night set relaxed = :relaxed where client_id = :client and diary_date = :date")
			.param("relaxed", relaxed)
			.param("client", client)
			.param("date", diaryDate)
			.update() == 1;
	}

	Optional<SessionNight> find(UUID client, LocalDate diaryDate) {
		return this.jdbc.sql("select * from sleep_session_night where client_id = :client and diary_date = :date")
			.param("client", client)
			.param("date", diaryDate)
			.query((rs, i) -> new SessionNight(rs.getObject("diary_date", LocalDate.class),
					rs.getObject("appointment_id", UUID.class), (Integer) rs.getObject("relaxed", Integer.class)))
			.optional();
	}

	List<SessionNight> of(UUID client) {
		return this.jdbc.sql("select * from sleep_session_night where client_id = :client order by diary_date")
			.param("client", client)
			.query((rs, i) -> new SessionNight(rs.getObject("diary_date", LocalDate.class),
					rs.getObject("appointment_id", UUID.class), (Integer) rs.getObject("relaxed", Integer.class)))
			.list();
	}

}
