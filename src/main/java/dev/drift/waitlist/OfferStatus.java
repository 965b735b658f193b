package dev.drift.waitlist;

/** Where an offer stands (stored by name): open, or closed one of three ways. */
enum OfferStatus {

	OFFERED, ACCEPTED, WITHDRAWN, EXPIRED

}
