package dev.drift.accounts;

import java.util.List;
import java.util.UUID;

import dev.drift.people.ClientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an erased client's account: the account, its API tokens, sign-in failures and open
 * sessions are deleted, so it can no longer sign in and its email can sign up afresh.
 */
@Component
class AccountErasure {

	private final JdbcClient jdbc;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountErasure(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	int erase(ClientId client) {
		List<Account> accounts = this.jdbc
			.sql("select id, email from accounts_account where client_id = :client and role = 'CLIENT'")
			.param("client", client.value())
			.query((rs, i) -> new Account(rs.getObject("id", UUID.class), rs.getString("email")))
			.list();
		for (Account account : accounts) {
			this.jdbc.sql("delete from accounts_api_token where account_id = :id").param("id", account.id()).update();
			this.jdbc.sql("delete from accounts_password_token where account_id = :id")
				.param("id", account.id())
				.update();
			this.jdbc.sql("delete from accounts_account where id = :id").param("id", account.id()).update();
			String key = LoginThrottle.accountKey(account.email());
			this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key").param("key", key).update();
			this.jdbc.sql("delete from accounts_login_lock where throttle_key = :key").param("key", key).update();
			this.sessions.findByPrincipalName(account.email()).keySet().forEach(this.sessions::deleteById);
		}
		return accounts.size();
	}

	private record Account(UUID id, String email) {
	}

}
