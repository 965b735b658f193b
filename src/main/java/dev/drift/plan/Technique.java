package dev.drift.plan;

/**
 * Massage techniques a plan recommends (P13); foot reflexology is the add-on, not a
 * technique.
 */
public enum Technique {

	DEEP_TISSUE, MYOFASCIAL, ONCOLOGY, PRENATAL, SWEDISH

}
