package dev.drift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server for the whole test run, on a free port of 127.0.0.1, that
 * tests can stop and start again to simulate an SMTP outage.
 */
public final class TestSmtp {

	private static final int PORT = freePort();

	private static GreenMail server;

	private TestSmtp() {
	}

	public static int port() {
		return PORT;
	}

	public static synchronized void ensureStarted() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
	}

	/** Simulates an outage: connections are refused until {@link #ensureStarted()}. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Every message received so far that is addressed to {@code address}. */
	public static synchronized List<MimeMessage> messagesTo(String address) {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).filter((m) -> isTo(m, address)).toList();
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch((a) -> a.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
