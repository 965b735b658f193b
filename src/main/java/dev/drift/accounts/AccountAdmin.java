package dev.drift.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.ContactPreferences;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.People;
import dev.drift.people.SleepSchedule;
import dev.drift.shared.ConflictException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts at the front desk: staff add a client (who gets an email to set a password),
 * and the admin deactivates or reactivates a client's or a staff member's account. A
 * deactivated account keeps its history; sign-in, API tokens and HTTP Basic are refused
 * and its open sessions end.
 */
@Service
@Transactional
class AccountAdmin {

	private final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final People people;

	private final PasswordEncoder encoder;

	private final PasswordLinks links;

	private final AuditLog audit;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountAdmin(AccountRepository accounts, People people, PasswordEncoder encoder, PasswordLinks links,
			AuditLog audit, Clock clock, JdbcClient jdbc,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.accounts = accounts;
		this.people = people;
		this.encoder = encoder;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/**
	 * Staff add a client to their clinic: the client record (consent recorded now, given
	 * at the desk), an account with no usable password, and the invitation email (a link
	 * to set the password, good for 7 days). A taken email is 409 {@code EMAIL_TAKEN}.
	 */
	ClientProfile addClient(Actor staff, ClientInvitation invitation) {
		staff.requireStaff();
		if (!Credentials.isPossibleEmail(invitation.email()) || !invitation.email().contains("@")) {
			throw new RuleViolationException("EMAIL_INVALID", "Not a usable email address");
		}
		if (this.accounts.findByEmail(Account.normalize(invitation.email())).isPresent()) {
			throw new ConflictException("EMAIL_TAKEN", "This email address is already registered");
		}
		Instant now = this.clock.instant();
		ClientProfile client = this.people.registerClient(staff.clinicId(),
				new NewClient(Account.normalize(invitation.email()),
						new ClientDetails(invitation.name(), invitation.phone(), invitation.dateOfBirth(),
								invitation.timeZone(), ContactPreferences.emailOnly()),
						SleepSchedule.usual(), new HealthDataConsent(now, invitation.timeZone())));
		byte[] unusable = new byte[32];
		this.random.nextBytes(unusable);
		Account account = this.accounts.save(Account.forClient(staff.clinicId(), client.id(), invitation.email(),
				client.name(), this.encoder.encode(Base64.getEncoder().encodeToString(unusable)), now));
		this.links.invite(account);
		this.audit.record(staff.audit("CLIENT_ADDED", client.id()));
		return client;
	}

	/** The account of a client of the staff member's clinic (404 for any other). */
	@Transactional(readOnly = true)
	Optional<AccountView> ofClient(Actor staff, ClientId client) {
		staff.requireStaff();
		ClientProfile profile = this.people.findClient(client)
			.filter((found) -> found.clinicId().equals(staff.clinicId()))
			.orElseThrow(() -> new NotFoundException("Client"));
		return this.jdbc.sql("select id from accounts_account where client_id = :client")
			.param("client", profile.id().value())
			.query(UUID.class)
			.optional()
			.flatMap(this.accounts::findById)
			.map(Account::toView);
	}

	/** The admin deactivates an account of their clinic (not their own). */
	AccountView deactivate(Actor admin, UUID accountId) {
		Account account = reachable(admin, accountId);
		if (account.id().equals(admin.accountId())) {
			throw new RuleViolationException("SELF_DEACTIVATION", "You cannot deactivate your own account");
		}
		account.deactivate();
		this.accounts.save(account);
		this.sessions.findByPrincipalName(account.email()).keySet().forEach(this.sessions::deleteById);
		this.audit.record(admin.audit("ACCOUNT_DEACTIVATED").concerning(account.id()));
		return account.toView();
	}

	/** The admin lets a deactivated account of their clinic sign in again. */
	AccountView reactivate(Actor admin, UUID accountId) {
		Account account = reachable(admin, accountId);
		account.reactivate();
		this.accounts.save(account);
		this.audit.record(admin.audit("ACCOUNT_REACTIVATED").concerning(account.id()));
		return account.toView();
	}

	private Account reachable(Actor admin, UUID accountId) {
		admin.requireAdmin();
		return this.accounts.findById(accountId)
			.filter((account) -> account.actor().clinicId().equals(admin.clinicId()))
			.orElseThrow(() -> new NotFoundException("Account"));
	}

}
