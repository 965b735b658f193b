package dev.drift.accounts;

import java.io.Serial;
import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.util.Assert;

/**
 * A sign-in with a passkey: the account's {@link DriftUser} as principal (Spring
 * Security's own {@code WebAuthnAuthentication} holds the WebAuthn user entity instead,
 * which no Drift page or rule can read), its role and {@code FACTOR_WEBAUTHN}. It
 * declares {@link #toBuilder()}, so Spring Security's multi-factor support adds it to a
 * password sign-in of the same account on the same session (their factors merged).
 */
final class PasskeyAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Object principal;

	PasskeyAuthentication(Object principal, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.principal = principal;
		setAuthenticated(true);
	}

	private PasskeyAuthentication(Builder builder) {
		super(builder);
		this.principal = builder.principal;
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** What Spring Security's factor merging copies a passkey sign-in with. */
	static final class Builder extends AbstractAuthenticationBuilder<Builder> {

		private Object principal;

		private Builder(PasskeyAuthentication token) {
			super(token);
			this.principal = token.principal;
		}

		@Override
		public Builder principal(Object principal) {
			Assert.notNull(principal, "principal cannot be null");
			this.principal = principal;
			return this;
		}

		@Override
		public PasskeyAuthentication build() {
			return new PasskeyAuthentication(this);
		}

	}

}
