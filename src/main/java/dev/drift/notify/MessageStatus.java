package dev.drift.notify;

/**
 * Where an outbox message is in its delivery.
 */
public enum MessageStatus {

	/** Waiting for (another) delivery attempt. */
	PENDING,
	/** Claimed by an instance that is sending it now. */
	SENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Given up after the maximum number of attempts; an admin can retry it. */
	FAILED

}
