package dev.drift.people;

/**
 * How clients reach the clinic: its phone number and postal address (either may be
 * missing; the address may span lines).
 */
public record ClinicContact(String phone, String address) {

	public ClinicContact {
		phone = blankToNull(phone);
		address = blankToNull(address);
	}

	public static ClinicContact none() {
		return new ClinicContact(null, null);
	}

	public boolean hasPhone() {
		return this.phone != null;
	}

	public boolean hasAddress() {
		return this.address != null;
	}

	/** The address on one line (its lines joined with commas), for emails and lists. */
	public String addressOnOneLine() {
		return this.address == null ? null : String.join(", ", this.address.strip().split("\\s*\\R\\s*"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
