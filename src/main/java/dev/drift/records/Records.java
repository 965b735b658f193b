package dev.drift.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicId;
import dev.drift.people.People;
import dev.drift.shared.NotFoundException;
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

	private final Erasures erasures;

	private final People people;

	Records(ClientRecordReader reader, JsonMapper json, Erasures erasures, People people) {
		this.reader = reader;
		this.json = json;
		this.erasures = erasures;
		this.people = people;
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

	/**
	 * The client withdraws consent to the processing of their health data: diary,
	 * questionnaires and health questionnaires refuse new entries (409
	 * {@code HEALTH_DATA_CONSENT_WITHDRAWN}), staff see it on the client's page, and the
	 * erasure request is offered.
	 */
	public ClientProfile withdrawConsent(Actor actor) {
		if (actor.clientId() == null) {
			throw new NotFoundException("Client");
		}
		return this.people.withdrawConsent(actor, actor.clientId());
	}

	/** The client asks for their data to be erased (an admin approves). */
	public ErasureRequest requestErasure(Actor actor) {
		return this.erasures.request(actor);
	}

	/** The client's latest erasure request, if any. */
	public Optional<ErasureRequest> erasureRequest(Actor actor, ClientId client) {
		return this.erasures.latest(this.people.reach(actor, client, "ERASURE_REQUEST_READ"));
	}

	/**
	 * The admin's clinic's erasure requests, open ones first, erased ones with what was
	 * kept.
	 */
	public List<ErasureRequest> erasureRequests(Actor admin) {
		return this.erasures.ofClinic(admin);
	}

	/**
	 * The admin approves an erasure request: the client's data is erased, the clinical
	 * records the clinic must keep are kept and locked (counted on the request).
	 */
	public ErasureRequest approveErasure(Actor admin, UUID requestId) {
		return this.erasures.approve(admin, requestId);
	}

	/** Years the clinic keeps clinical records after the last treatment (default 8). */
	public int retentionYears(ClinicId clinic) {
		return this.erasures.retentionYears(clinic);
	}

	public void changeRetentionYears(Actor admin, int years) {
		this.erasures.changeRetention(admin, years);
	}

}
