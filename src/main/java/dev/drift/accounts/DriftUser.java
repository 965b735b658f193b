package dev.drift.accounts;

import java.util.Collection;
import java.util.List;

import dev.drift.people.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: the account's email, its role as an authority, and the
 * {@link Actor} that facades authorize against.
 */
public final class DriftUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final String email;

	private String passwordHash;

	private final boolean enabled;

	DriftUser(Actor actor, String email, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.email = email;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	static DriftUser of(Account account) {
		return new DriftUser(account.actor(), account.email(), account.passwordHash(), account.enabled());
	}

	public Actor actor() {
		return this.actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.actor.role().name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
