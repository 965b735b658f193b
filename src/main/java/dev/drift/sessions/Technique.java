package dev.drift.sessions;

/**
 * Techniques a therapist records in a note; reflexology is the foot add-on.
 */
public enum Technique {

	SWEDISH, DEEP_TISSUE, MYOFASCIAL, PRENATAL, ONCOLOGY, REFLEXOLOGY

}
