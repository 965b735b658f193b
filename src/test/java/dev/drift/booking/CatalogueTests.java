package dev.drift.booking;

import java.math.BigDecimal;
import java.sql.SQLException;

import dev.drift.DriftTest;
import dev.drift.people.Actor;
import dev.drift.shared.ConflictException;
import dev.drift.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DriftTest
@Import(BookingFixture.class)
class CatalogueTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	BookingFixture fixture;

	@Test
	void aClinicStartsWithTheDefaultServicesAndSettings() {
		Actor admin = this.fixture.actor("admin@demo.drift");

		assertThat(this.catalogue.services(admin.clinicId())).extracting(ServiceView::code)
			.startsWith("consultation", "massage-30", "massage-60", "massage-90", "massage-120");
		ServiceView consultation = this.catalogue.find(admin.clinicId(), "consultation").orElseThrow();
		assertThat(consultation.minutes()).isEqualTo(20);
		assertThat(consultation.price()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(consultation.online()).isTrue();
		assertThat(consultation.isTreatment()).isFalse();
		assertThat(this.catalogue.find(admin.clinicId(), "massage-90").orElseThrow().description()).isNotBlank();
		BookingSettings settings = this.catalogue.settings(admin.clinicId());
		assertThat(settings).isEqualTo(new BookingSettings(15, 120, 24));
	}

	@Test
	void anAdminAddsAServiceAndOnlyAnAdminMay() {
		Actor admin = this.fixture.actor("admin@demo.drift");
		ServiceView reflexology = new ServiceView("reflexology-45", "Foot reflexology", 45, new BigDecimal("45.00"),
				"Feet only, to wind down.", false, false);

		this.catalogue.save(admin, reflexology);

		assertThat(this.catalogue.find(admin.clinicId(), "reflexology-45")).contains(reflexology);
		assertThat(this.catalogue.bookable(admin.clinicId())).extracting(ServiceView::code)
			.doesNotContain("reflexology-45");
		assertThatThrownBy(() -> this.catalogue.save(this.fixture.actor("therapist@demo.drift"), reflexology))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.catalogue.change(this.fixture.actor("client@demo.drift"), BookingSettings.DEFAULTS))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anExclusionConstraintViolationIsSlotTaken() {
		DataIntegrityViolationException violation = new DataIntegrityViolationException("overlap",
				new SQLException("conflicting key value violates exclusion constraint", "23P01"));

		ConflictException conflict = BookAppointment.slotTaken(violation);

		assertThat(conflict.code()).isEqualTo("SLOT_TAKEN");
		assertThat(conflict.status()).isEqualTo(409);
	}

}
