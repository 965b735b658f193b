package dev.drift.accounts;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import dev.drift.audit.AuditLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.Assert;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Passkeys (WebAuthn) on Spring Security's own support over webauthn4j: its JDBC stores
 * (tables {@code user_entities} and {@code user_credentials}, migration
 * {@code accounts/V81}), its relying party (what {@code http.webAuthn(…)} in the site's
 * security configuration picks up as beans), and a provider that signs a passkey in as
 * the account's {@link DriftUser} with {@code FACTOR_WEBAUTHN}.
 * <p>
 * Settings: {@code drift.passkeys.rp-id} (the relying party id, a registrable domain such
 * as {@code drift.example.org}; {@code localhost} by default),
 * {@code drift.passkeys.rp-name} (shown by the authenticator; {@code Drift}) and
 * {@code drift.passkeys.allowed-origins} (comma-separated origins the browser may sign
 * from, e.g. {@code https://drift.example.org}; {@code http://localhost:8080} by
 * default). The origins are read whenever a passkey is checked, so they may name
 * {@code ${local.server.port}} (the tests do).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, AuditLog audit) {
		return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), audit);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, Environment environment) {
		String rpId = environment.getProperty("drift.passkeys.rp-id", "localhost");
		String rpName = environment.getProperty("drift.passkeys.rp-name", "Drift");
		Assert.hasText(rpId, "drift.passkeys.rp-id must name the relying party (a domain, or localhost)");
		PublicKeyCredentialRpEntity rp = PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build();
		return new Webauthn4JRelyingPartyOperations(userEntities, credentials, rp, new AllowedOrigins(environment));
	}

	@Bean
	AuthenticationProvider passkeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty,
			DriftUserDetailsService users) {
		return new PasskeyAuthenticationProvider(relyingParty, users);
	}

	/**
	 * {@code drift.passkeys.allowed-origins}, read whenever a passkey is checked (so a
	 * test's {@code ${local.server.port}} resolves once the server runs).
	 */
	static final class AllowedOrigins extends AbstractSet<String> {

		private final Environment environment;

		AllowedOrigins(Environment environment) {
			this.environment = environment;
		}

		private Set<String> current() {
			return Set.of(this.environment.getProperty("drift.passkeys.allowed-origins", String[].class,
					new String[] { "http://localhost:8080" }));
		}

		@Override
		public Iterator<String> iterator() {
			return current().iterator();
		}

		@Override
		public int size() {
			return current().size();
		}

	}

	/**
	 * Spring Security's credential store, with an audit entry ({@code MFA_PASSKEY_ADDED},
	 * {@code MFA_PASSKEY_REMOVED}) when the signed-in account adds or removes a passkey.
	 */
	static final class AuditedCredentials implements UserCredentialRepository {

		/**
		 * Session attribute: the WebAuthn user id whose passkey this session registered
		 * last.
		 */
		static final String PASSKEY_ADDED = "drift.passkeyAdded";

		static final int LABEL_LENGTH = 100;

		private final UserCredentialRepository store;

		private final AuditLog audit;

		AuditedCredentials(UserCredentialRepository store, AuditLog audit) {
			this.store = store;
			this.audit = audit;
		}

		@Override
		public void delete(Bytes credentialId) {
			boolean existed = this.store.findByCredentialId(credentialId) != null;
			this.store.delete(credentialId);
			if (existed) {
				record("MFA_PASSKEY_REMOVED");
			}
		}

		@Override
		public void save(CredentialRecord credential) {
			boolean added = this.store.findByCredentialId(credential.getCredentialId()) == null;
			this.store.save(shortLabel(credential));
			if (added) {
				record("MFA_PASSKEY_ADDED");
				// this browser session registered it: the set-up page may now show the
				// account's first recovery codes (SecondFactorController)
				RequestAttributes request = RequestContextHolder.getRequestAttributes();
				if (request != null) {
					request.setAttribute(PASSKEY_ADDED, credential.getUserEntityUserId().toBase64UrlString(),
							RequestAttributes.SCOPE_SESSION);
				}
			}
		}

		/**
		 * The label as typed, cut to 100 characters (whole code points): the page asks
		 * for no more, and a crafted longer one is not worth a failed registration.
		 */
		private static CredentialRecord shortLabel(CredentialRecord credential) {
			String label = (credential.getLabel() == null) ? "" : credential.getLabel();
			if (label.codePointCount(0, label.length()) <= LABEL_LENGTH) {
				return credential;
			}
			return ImmutableCredentialRecord.fromCredentialRecord(credential)
				.label(label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH)))
				.build();
		}

		@Override
		public CredentialRecord findByCredentialId(Bytes credentialId) {
			return this.store.findByCredentialId(credentialId);
		}

		@Override
		public List<CredentialRecord> findByUserId(Bytes userId) {
			return this.store.findByUserId(userId);
		}

		private void record(String action) {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			if (current != null && current.getPrincipal() instanceof DriftUser user) {
				this.audit.record(user.actor().audit(action).concerning(user.actor().accountId()));
			}
		}

	}

	/**
	 * Checks a passkey's signature (webauthn4j, through the relying party) and signs in
	 * its account, if enabled, with {@code FACTOR_WEBAUTHN}.
	 */
	static final class PasskeyAuthenticationProvider implements AuthenticationProvider {

		private final WebAuthnRelyingPartyOperations relyingParty;

		private final DriftUserDetailsService users;

		private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

		PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, DriftUserDetailsService users) {
			this.relyingParty = relyingParty;
			this.users = users;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
			PublicKeyCredentialUserEntity owner;
			try {
				owner = this.relyingParty.authenticate(request.getWebAuthnRequest());
			}
			catch (RuntimeException ex) {
				throw new BadCredentialsException("The passkey was not accepted", ex);
			}
			UserDetails user = this.users.loadUserByUsername(owner.getName());
			this.status.check(user);
			Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
			authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
			return new PasskeyAuthentication(user, authorities);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
		}

	}

}
