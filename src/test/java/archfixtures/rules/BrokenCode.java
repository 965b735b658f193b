package archfixtures.rules;

import java.time.Instant;

import jakarta.persistence.Entity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Controller;

/**
 * Fixture: code that breaks every architecture rule, so the rules are shown to fail.
 */
public final class BrokenCode {

	private BrokenCode() {
	}

	@Controller
	public static class PublicController {

		@Autowired
		Object injected;

		Instant when() {
			return Instant.now();
		}

		java.time.LocalDate today() {
			return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
		}

	}

	public interface PublicRepository extends CrudRepository<Object, Long> {

	}

	@Entity
	public static class JpaEntity {

	}

	@lombok.Value
	public static class LombokValue {

	}

}
