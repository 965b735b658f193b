package dev.drift.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 9: the client downloads their own data from their account page as a ZIP
 * of JSON and CSV files and the FHIR bundle.
 */
@DriftTest
class DataExportTests {

	@LocalServerPort
	int port;

	@Autowired
	Records records;

	@Autowired
	TestPeople people;

	@Test
	void aDemoClientDownloadsEveryPartAsJsonAndCsvWithTheFhirBundle() throws Exception {
		Http browser = new Http(this.port);
		browser.signIn("client@demo.drift", "drift-demo");
		assertThat(browser.get("/account").body()).contains("/account/data");
		assertThat(browser.get("/account/data").body()).contains("/account/data/export.zip");

		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/account/data/export.zip"))
				.header("Cookie", cookies(browser))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment").contains(".zip"));
		Map<String, String> files = unzip(response.body());
		assertThat(files).containsKeys("README.txt", "profile.json", "profile.csv", "consents.csv", "screenings.json",
				"screenings.csv", "intake-answers.csv", "diary.json", "diary.csv", "questionnaires.json",
				"questionnaires.csv", "questionnaire-answers.csv", "appointments.json", "appointments.csv",
				"sessions.json", "sessions.csv", "routines.json", "routines.csv", "fhir-bundle.json");
		assertThat(files.get("routines.csv").lines().count()).as("the demo client's routine log").isGreaterThan(1);
		assertThat(files.get("profile.csv")).contains("email,client@demo.drift\r\n");
		assertThat(files.get("diary.csv").split("\r\n")).hasSizeGreaterThan(20);
		assertThat(files.get("questionnaire-answers.csv")).contains("ISI,items.");
		assertThat(files.get("intake-answers.csv")).contains(",sleep_trouble_long_term,true\r\n", ",goals[0],");
		assertThat(FhirValidation.errors(files.get("fhir-bundle.json"))).isEmpty();
	}

	@Test
	void aNameThatLooksLikeAFormulaIsDefusedAndQuotedInTheCsv() throws IOException {
		Person client = this.people.newClient(this.people.newClinic().id(), "=HYPERLINK(\"x\",\"Zoë\")");

		Map<String, String> files = unzip(this.records.dataExport(client.actor(), client.clientId()));

		assertThat(files.get("profile.csv")).contains("name,\"'=HYPERLINK(\"\"x\"\",\"\"Zoë\"\")\"\r\n");
		assertThat(files.get("consents.csv")).contains("health_data_processing,").contains(",GIVEN\r\n");
	}

	@Test
	void anotherClientCannotExportSomeoneElsesData() {
		Person client = this.people.newClient();
		Person other = this.people.newClient();

		org.assertj.core.api.Assertions.assertThatExceptionOfType(dev.drift.shared.NotFoundException.class)
			.isThrownBy(() -> this.records.dataExport(other.actor(), client.clientId()));
	}

	private static String cookies(Http http) {
		return http.cookies()
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("; "));
	}

	static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
