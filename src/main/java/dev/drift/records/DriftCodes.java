package dev.drift.records;

/**
 * The code systems and naming systems of Drift's FHIR export. LOINC is used where a code
 * exists for what Drift measures: only total sleep time, {@code 93832-4} "Sleep
 * duration". Everything else is Drift's own code system at a stable URL (ISI and PSQI
 * have no LOINC panel Drift can rely on; the diary's latency, wake time, time in bed,
 * efficiency, awakenings and quality neither).
 */
final class DriftCodes {

	static final String BASE = "https://drift.dev/fhir/";

	/** The identifier system of Drift's client ids (Patient.identifier). */
	static final String CLIENT_ID = BASE + "NamingSystem/client-id";

	/** The identifier system of Drift's record ids (diary entries, screenings...). */
	static final String RECORD_ID = BASE + "NamingSystem/record-id";

	/** Sleep diary measures and the diary-night panel. */
	static final String SLEEP = BASE + "CodeSystem/sleep-diary";

	/** Questionnaire scores (ISI, PSQI) and intake screening results. */
	static final String SCORES = BASE + "CodeSystem/questionnaire-scores";

	/** The clinic's services (Appointment.serviceType). */
	static final String SERVICES = BASE + "CodeSystem/service";

	/** Canonical URLs of Drift's questionnaires, {@code <base>intake}, {@code isi}... */
	static final String QUESTIONNAIRE = BASE + "Questionnaire/";

	/** Massage techniques of a session (the session note's objective). */
	static final String TECHNIQUES = BASE + "CodeSystem/massage-technique";

	/** The intake questionnaire's 23 body areas. */
	static final String BODY_AREAS = BASE + "CodeSystem/body-area";

	static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

	static final String LOINC = "http://loinc.org";

	static final String LOINC_SLEEP_DURATION = "93832-4";

	static final String UCUM = "http://unitsofmeasure.org";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	private DriftCodes() {
	}

}
