package dev.drift.accounts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys (issue 16, item 5) below the browser: Spring Security's JDBC stores on the
 * tables of migration {@code accounts/V81} (H2 and PostgreSQL), and who may register a
 * passkey or add a factor. {@code PasskeyBrowserIT} registers and uses a real one.
 */
@DriftTest
class PasskeyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	SecondFactors factors;

	@Test
	void theMigratedTablesHoldSpringSecuritysRecords() {
		Person admin = this.people.newClinicWithStaffMfa().admin();
		CredentialRecord saved = passkeyOf(admin, "Office key");

		PublicKeyCredentialUserEntity owner = this.userEntities.findByUsername(admin.email());
		assertThat(owner).isNotNull();
		assertThat(this.userEntities.findById(owner.getId()).getName()).isEqualTo(admin.email());
		CredentialRecord found = this.credentials.findByCredentialId(saved.getCredentialId());
		assertThat(found.getPublicKey().getBytes()).isEqualTo(saved.getPublicKey().getBytes());
		assertThat(found.getAttestationObject().getBytes()).isEqualTo(saved.getAttestationObject().getBytes());
		assertThat(found.getTransports()).containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL,
				AuthenticatorTransport.HYBRID);
		assertThat(found.getLabel()).isEqualTo("Office key");
		assertThat(found.isBackupEligible()).isTrue();
		assertThat(this.credentials.findByUserId(owner.getId())).hasSize(1);
		assertThat(this.factors.passkeys(admin.actor().accountId())).extracting(SecondFactors.Passkey::label)
			.containsExactly("Office key");
		assertThat(this.factors.enrolled(admin.actor().accountId())).isTrue();
		assertThat(this.factors.totpEnrolled(admin.actor().accountId())).isFalse();

		// a sign-in updates the record (signature count, last use)
		this.credentials.save(ImmutableCredentialRecord.fromCredentialRecord(found)
			.signatureCount(7)
			.lastUsed(Instant.parse("2026-03-10T10:00:00Z"))
			.build());
		assertThat(this.credentials.findByCredentialId(saved.getCredentialId()).getSignatureCount()).isEqualTo(7);
		assertThat(this.credentials.findByUserId(owner.getId())).hasSize(1);

		// a label longer than the page allows is cut to 100 characters (whole code
		// points)
		CredentialRecord longLabel = passkeyOf(admin, "\uD83D\uDD11".repeat(150));
		assertThat(this.credentials.findByCredentialId(longLabel.getCredentialId()).getLabel())
			.isEqualTo("\uD83D\uDD11".repeat(100));
		this.credentials.delete(longLabel.getCredentialId());

		this.credentials.delete(saved.getCredentialId());
		assertThat(this.credentials.findByCredentialId(saved.getCredentialId())).isNull();
		assertThat(this.factors.enrolled(admin.actor().accountId())).isFalse();
	}

	@Test
	void onlyStaffRegisterPasskeysAndOnceEnrolledThePasswordAloneRegistersNone() {
		TestClinic clinic = this.people.newClinicWithStaffMfa();
		Person therapist = this.people.newTherapist(clinic, "Noor Newcomer");
		Person enrolled = this.people.newTherapist(clinic, "Esme Enrolled");
		passkeyOf(enrolled, "Phone");
		Person client = this.people.newClient(clinic.id(), "Cass Client");

		// no second factor yet: the password reaches Spring Security's registration (a
		// bad
		// body is its 400, not a refusal)
		assertThat(register(therapist).statusCode()).isEqualTo(400);
		// a passkey already: the password alone is sent to the second step
		HttpResponse<String> refused = register(enrolled);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("/mfa"));
		// clients register no passkeys
		assertThat(register(client).statusCode()).isEqualTo(403);
	}

	@Test
	void thePasswordAloneAddsNoAuthenticatorAppToAnAccountWithAPasskey() {
		Person admin = this.people.newClinicWithStaffMfa().admin();
		passkeyOf(admin, "Phone");
		Http browser = new Http(this.port);
		browser.signIn(admin.email(), TestPeople.PASSWORD);

		String code = browser.get("/mfa").body();
		assertThat(code).contains("id=\"passkey-sign-in\"", "/js/passkeys.js");
		String setup = browser.get("/mfa/setup").body();
		assertThat(setup).contains("Phone").doesNotContain("id=\"secret\"", "id=\"qr\"", "id=\"passkey-register\"");
		assertThat(browser.form("/mfa/setup", Map.of("code", "123456", "_csrf", browser.csrf("/mfa")))
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/mfa/setup"));
		assertThat(browser.form("/mfa/setup/passkey", Map.of("_csrf", browser.csrf("/mfa"))).body())
			.doesNotContain("recovery-codes");
		assertThat(this.factors.totpEnrolled(admin.actor().accountId())).isFalse();
		assertThat(browser.get("/clients").statusCode()).isEqualTo(302);
	}

	@Test
	void aFirstPasskeyBringsRecoveryCodesOnceWhereThePasswordIsAFullSignIn() {
		Person admin = this.people.newClinic().admin();
		Http browser = new Http(this.port);
		browser.signIn(admin.email(), TestPeople.PASSWORD);
		assertThat(browser.get("/mfa/setup").body()).contains("id=\"passkey-register\"", "id=\"qr\"");
		passkeyOf(admin, "Laptop");

		String first = browser.form("/mfa/setup/passkey", Map.of("_csrf", browser.csrf("/mfa/setup"))).body();
		assertThat(first).contains("Your passkey is added.")
			.containsPattern("(<li><code>[a-z0-9]{10}</code></li>\\s*){10}");
		HttpResponse<String> again = browser.form("/mfa/setup/passkey", Map.of("_csrf", browser.csrf("/mfa/setup")));
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/mfa/setup?passkey"));
	}

	private HttpResponse<String> register(Person person) {
		Http browser = new Http(this.port);
		browser.signIn(person.email(), TestPeople.PASSWORD);
		String csrf = browser.csrf(person.actor().isStaff() ? "/mfa/setup" : "/home");
		return browser.json("POST", "/webauthn/register", "{}", "X-CSRF-TOKEN", csrf);
	}

	/** A passkey record as Spring Security stores one after registration. */
	private CredentialRecord passkeyOf(Person person, String label) {
		PublicKeyCredentialUserEntity owner = this.userEntities.findByUsername(person.email());
		if (owner == null) {
			owner = ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(person.email())
				.displayName(person.email())
				.build();
			this.userEntities.save(owner);
		}
		CredentialRecord record = ImmutableCredentialRecord.builder()
			.credentialId(Bytes.random())
			.userEntityUserId(owner.getId())
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3, (byte) 0xff }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(true)
			.backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
			.attestationObject(new Bytes(new byte[] { 9, 8, 7 }))
			.attestationClientDataJSON(new Bytes("{}".getBytes()))
			.created(Instant.parse("2026-03-01T09:00:00Z"))
			.label(label)
			.build();
		this.credentials.save(record);
		return record;
	}

}
