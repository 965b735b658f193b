package dev.drift.records;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The records module's facade: a client's record as a FHIR R4 bundle, the client's own
 * data export, withdrawing consent and the erasure workflow. The client reaches their own
 * record, staff their clinic's clients; anything else is not found (404). Every export is
 * audited, without its content.
 */
@Service
public class Records {

	private final ClientRecordReader reader;

	private final JsonMapper json;

	Records(ClientRecordReader reader, JsonMapper json) {
		this.reader = reader;
		this.json = json;
	}

	/**
	 * The client's record as a FHIR R4 {@code Bundle} (JSON), audited as
	 * {@code FHIR_EXPORTED}.
	 */
	public String fhirBundle(Actor actor, ClientId client) {
		return FhirR4.json(FhirBundle.of(this.reader.read(actor, client, "FHIR_EXPORTED")));
	}

	/**
	 * The client's data as a ZIP of JSON and CSV files and the FHIR bundle (GDPR Art. 15
	 * and 20), audited as {@code DATA_EXPORTED}.
	 */
	public byte[] dataExport(Actor actor, ClientId client) {
		ClientRecord record = this.reader.read(actor, client, "DATA_EXPORTED");
		return DataExport.zip(this.json, record, FhirR4.json(FhirBundle.of(record)));
	}

}
