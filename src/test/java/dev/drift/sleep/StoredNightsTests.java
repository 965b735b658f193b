package dev.drift.sleep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.TestPeople;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk read for outcomes' read models gives, from the figures stored with each night,
 * exactly the metrics the diary computes when it re-evaluates the entered night.
 */
@DriftTest
class StoredNightsTests {

	@Autowired
	SleepDiary diary;

	@Autowired
	TestPeople people;

	@Test
	void manyClientsNightsReadInOneGoEqualTheDiarysOwnMetricsOfEveryNight() {
		Actor admin = this.people.actor("admin@demo.drift");
		List<ClientId> clients = new ArrayList<>();
		for (String email : List.of("client@demo.drift", "client2@demo.drift", "client3@demo.drift",
				"client4@demo.drift", "client10@demo.drift")) {
			clients.add(this.people.actor(email).clientId());
		}
		Map<ClientId, List<DatedNight>> stored = this.diary.validNights(clients);
		int nights = 0;
		for (ClientId client : clients) {
			List<DatedNight> evaluated = this.diary.allEntries(admin, client)
				.stream()
				.map((entry) -> new DatedNight(entry.diaryDate(), entry.metrics()))
				.toList();
			assertThat(stored.getOrDefault(client, List.of())).as(client.toString()).isEqualTo(evaluated);
			assertThat(this.diary.validNights(client)).isEqualTo(evaluated);
			nights += evaluated.size();
		}
		assertThat(nights).isGreaterThan(100);
		assertThat(this.diary.firstSessions(clients)).hasSize(clients.size());
	}

}
