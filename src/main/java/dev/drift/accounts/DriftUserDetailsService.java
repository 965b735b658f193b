package dev.drift.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class DriftUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	DriftUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalize(email))
			.map(DriftUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
