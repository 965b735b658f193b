package dev.drift.site;

import dev.drift.DriftTest;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.people.Actor;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.Clinics;
import dev.drift.people.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

@DriftTest
@AutoConfigureMockMvc
class SessionTimeoutTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Clinics clinics;

	@Autowired
	Accounts accounts;

	@Test
	void aSignedInSessionExpiresAfterTheClinicsInactivityTimeout() {
		var result = this.mvc.perform(formLogin().user("client@demo.drift").password("drift-demo"));

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getMvcResult().getRequest().getSession().getMaxInactiveInterval()).isEqualTo(30 * 60);
	}

	@Test
	void theTimeoutFollowsTheClinicSetting() {
		AccountView account = this.accounts.findByEmail("admin@demo.drift").orElseThrow();
		Actor admin = new Actor(account.id(), account.clinicId(), Role.ADMIN, null, null);
		ClinicProfile before = this.clinics.get(account.clinicId());
		var details = before.details();
		this.clinics.change(admin,
				new dev.drift.people.ClinicDetails(details.name(), details.timeZone(), details.locale(),
						details.currency(), details.emergencyNumbers(), details.openingHours(),
						new ClinicSettings(10)));
		try {
			var result = this.mvc.perform(formLogin().user("therapist@demo.drift").password("drift-demo"));

			assertThat(result.getMvcResult().getRequest().getSession().getMaxInactiveInterval()).isEqualTo(10 * 60);
		}
		finally {
			this.clinics.change(admin, before.details());
		}
	}

}
