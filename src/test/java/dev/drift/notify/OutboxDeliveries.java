package dev.drift.notify;

import org.springframework.context.ApplicationContext;

/**
 * For tests of any module: runs the outbox delivery once, as the scheduler would, in a
 * context with mail on ({@code @MailTest}).
 */
public final class OutboxDeliveries {

	private OutboxDeliveries() {
	}

	/** Claims and sends one batch of due messages; answers how many were sent. */
	public static int deliverDue(ApplicationContext context) {
		return context.getBean(OutboxDeliverer.class).deliverDue();
	}

	/** Delivers until nothing due is left (at most 50 batches). */
	public static int deliverAll(ApplicationContext context) {
		int total = 0;
		for (int i = 0; i < 50; i++) {
			int sent = deliverDue(context);
			if (sent == 0) {
				break;
			}
			total += sent;
		}
		return total;
	}

}
