package dev.drift.people;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ActorTests {

	final ClinicId clinic = new ClinicId(UUID.randomUUID());

	final ClinicId otherClinic = new ClinicId(UUID.randomUUID());

	final ClientId me = new ClientId(UUID.randomUUID());

	final ClientId someoneElse = new ClientId(UUID.randomUUID());

	@Test
	void aClientReachesOnlyTheirOwnRecord() {
		Actor client = new Actor(UUID.randomUUID(), this.clinic, Role.CLIENT, this.me, null);

		assertThat(client.mayAccessClient(this.clinic, this.me)).isTrue();
		assertThat(client.mayAccessClient(this.clinic, this.someoneElse)).isFalse();
	}

	@Test
	void staffReachTheirOwnClinicsClientsOnly() {
		Actor therapist = new Actor(UUID.randomUUID(), this.clinic, Role.THERAPIST, null,
				new TherapistId(UUID.randomUUID()));
		Actor admin = new Actor(UUID.randomUUID(), this.clinic, Role.ADMIN, null, null);

		assertThat(therapist.mayAccessClient(this.clinic, this.someoneElse)).isTrue();
		assertThat(admin.mayAccessClient(this.clinic, this.someoneElse)).isTrue();
		assertThat(therapist.mayAccessClient(this.otherClinic, this.someoneElse)).isFalse();
		assertThat(admin.mayAccessClient(this.otherClinic, this.someoneElse)).isFalse();
	}

	@Test
	void aClientActorNeedsItsClientId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Actor(UUID.randomUUID(), this.clinic, Role.CLIENT, null, null));
	}

}
