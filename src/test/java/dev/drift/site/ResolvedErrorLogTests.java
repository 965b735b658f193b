package dev.drift.site;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request Spring itself refuses (a value of the wrong type in a form) is answered 4xx
 * and not logged with the value it carried: Spring's resolver of such errors logs the
 * rejected value at WARN, and a form value can be health data (issue 16 item 8).
 */
@DriftTest
@ExtendWith(OutputCaptureExtension.class)
class ResolvedErrorLogTests {

	@LocalServerPort
	int port;

	@Test
	void aFormValueOfTheWrongTypeIsRefusedWithoutReachingTheLog(CapturedOutput output) {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");
		String path = "/clients/" + UUID.randomUUID() + "/plans/" + UUID.randomUUID() + "/adjust";

		HttpResponse<String> refused = therapist.form(path,
				Map.of("aromatherapy", "Grace-is-pregnant", "_csrf", therapist.csrf("/home")));

		assertThat(refused.statusCode()).isBetween(400, 499);
		assertThat(output.getOut()).doesNotContain("Grace-is-pregnant");
	}

}
