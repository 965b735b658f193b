package dev.drift.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.drift.people.Actor;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicId;
import dev.drift.people.People;
import dev.drift.people.ContactPreferences;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.Role;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistId;
import dev.drift.shared.ConflictException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts' facade: sign-up, staff accounts, the caller's own account, API tokens and the
 * start of a signed-in session. Changing a password is {@link ChangePassword}; sign-in
 * locks are {@link SignInLocks}; the rules for emails and passwords are
 * {@link Credentials}.
 */
@Service
@Transactional
public class Accounts {

	/** Granted besides the roles to a caller signed in with an API token. */
	public static final String API_TOKEN_AUTHORITY = StaffMfaRequirement.API_TOKEN_AUTHORITY;

	private final AccountRepository accounts;

	private final People people;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final SignInLocks locks;

	private final ApiTokens tokens;

	private final SessionStart sessions;

	private final SignUpMails mails;

	private final AccountErasure erasure;

	private final PasswordLinks links;

	private final AccountAdmin admin;

	Accounts(AccountRepository accounts, People people, PasswordEncoder encoder, Clock clock, SignInLocks locks,
			ApiTokens tokens, SessionStart sessions, SignUpMails mails, AccountErasure erasure, PasswordLinks links,
			AccountAdmin admin) {
		this.admin = admin;
		this.links = links;
		this.mails = mails;
		this.erasure = erasure;
		this.accounts = accounts;
		this.people = people;
		this.encoder = encoder;
		this.clock = clock;
		this.locks = locks;
		this.tokens = tokens;
		this.sessions = sessions;
	}

	/**
	 * The erased client's account can no longer sign in: the account, its tokens, sign-in
	 * failures and sessions are deleted (system call of the approved erasure workflow).
	 */
	public int eraseClient(ClientId client) {
		return this.erasure.erase(client);
	}

	/**
	 * A new API token for the caller; its secret is shown once. An account that has not
	 * confirmed its email yet gets none (409 {@code EMAIL_NOT_VERIFIED}).
	 */
	public IssuedToken issueToken(Actor actor, String name) {
		requireVerified(actor);
		return this.tokens.issue(actor, name);
	}

	/**
	 * Whether the caller's email is confirmed: accounts made by staff or the demo are; a
	 * sign-up's account once its link was used (or any other link sent to it).
	 */
	@Transactional(readOnly = true)
	public boolean emailVerified(Actor actor) {
		return this.links.verified(actor.accountId());
	}

	/** Sends the caller a new link confirming their email (when it is not confirmed). */
	public void askToVerify(Actor actor) {
		if (!emailVerified(actor)) {
			this.links.askToVerify(
					this.accounts.findById(actor.accountId()).orElseThrow(() -> new NotFoundException("Account")),
					false);
		}
	}

	/**
	 * Staff add a client at the front desk: the client, an account without a usable
	 * password, and the email with a link to set one ({@link AccountAdmin}).
	 */
	public ClientProfile addClient(Actor staff, ClientInvitation invitation) {
		return this.admin.addClient(staff, invitation);
	}

	/** The account of a client of the staff member's clinic (404 for any other). */
	public Optional<AccountView> clientAccount(Actor staff, ClientId client) {
		return this.admin.ofClient(staff, client);
	}

	/**
	 * The admin deactivates an account of their clinic: sign-in refused, history kept.
	 */
	public AccountView deactivate(Actor admin, UUID accountId) {
		return this.admin.deactivate(admin, accountId);
	}

	/** The admin lets a deactivated account sign in again. */
	public AccountView reactivate(Actor admin, UUID accountId) {
		return this.admin.reactivate(admin, accountId);
	}

	void requireVerified(Actor actor) {
		if (!emailVerified(actor)) {
			throw new ConflictException("EMAIL_NOT_VERIFIED",
					"Confirm your email address first: use the link in the email we sent you");
		}
	}

	/**
	 * The user a bearer token stands for, if it is a live token of an enabled account. No
	 * transaction of its own: one joined read (and now and then one conditional update)
	 * needs none, and every API request would pay for it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<DriftUser> authenticateToken(String secret) {
		return this.tokens.authenticate(secret);
	}

	/** Applies the clinic's inactivity timeout to a session that has just signed in. */
	@Transactional(readOnly = true)
	public void startSession(HttpServletRequest request, Authentication authentication) {
		this.sessions.applyTimeout(request, authentication);
	}

	/** The accounts of the admin's clinic whose sign-in is locked now. */
	public List<LoginLock> locks(Actor admin) {
		return this.locks.locks(admin);
	}

	/** A client signs up: a client record with their consent, and an account for it. */
	public AccountView signUp(SignUp signUp) {
		if (!signUp.healthDataConsent()) {
			throw new RuleViolationException("CONSENT_REQUIRED",
					"Consent to the processing of health data is needed to use Drift");
		}
		Credentials.check(signUp.password());
		ensureEmailFree(signUp.email());
		Instant now = Instant.now(this.clock);
		ClientProfile client = this.people.registerClient(signUp.clinic(),
				new NewClient(signUp.email(),
						new ClientDetails(signUp.name(), signUp.phone(), signUp.dateOfBirth(), signUp.timeZone(),
								ContactPreferences.emailOnly()),
						signUp.sleep(), new HealthDataConsent(now, signUp.timeZone())));
		Account account = Account.forClient(signUp.clinic(), client.id(), signUp.email(), client.name(),
				this.encoder.encode(signUp.password()), now);
		return this.accounts.save(account).toView();
	}

	/**
	 * Sign-up from the public page. It answers the same whether or not the address is
	 * already registered — no second account is made, the password is hashed either way
	 * so the time taken does not tell — and the email to that address says which
	 * happened. The welcome email carries the link that confirms the address.
	 */
	@Transactional
	public void signUpByEmail(SignUp signUp) {
		try {
			AccountView account = signUp(signUp);
			this.links.askToVerify(this.accounts.findById(account.id()).orElseThrow(), true);
		}
		catch (ConflictException taken) {
			this.encoder.encode(signUp.password());
			this.mails.alreadyRegistered(signUp.clinic(), Account.normalize(signUp.email()));
		}
	}

	/**
	 * The first admin of a newly opened clinic; refused once the clinic has one.
	 */
	public AccountView createFirstAdmin(ClinicId clinic, NewStaff admin) {
		if (!this.accounts.findByClinicIdAndRoleInOrderByEmail(clinic.value(), List.of(Role.ADMIN)).isEmpty()) {
			throw new ConflictException("ADMIN_EXISTS", "This clinic already has an admin");
		}
		Credentials.check(admin.password());
		ensureEmailFree(admin.email());
		return this.accounts.save(Account.forStaff(clinic, Role.ADMIN, null, admin.email(), admin.name().strip(),
				this.encoder.encode(admin.password()), Instant.now(this.clock)))
			.toView();
	}

	/** An admin creates a therapist or admin account in their own clinic. */
	public AccountView createStaff(Actor admin, NewStaff staff) {
		admin.requireAdmin();
		if (!staff.role().isStaff()) {
			throw new RuleViolationException("ROLE_INVALID", "Staff accounts are therapists or admins");
		}
		Credentials.check(staff.password());
		ensureEmailFree(staff.email());
		TherapistId therapist = null;
		if (staff.role() == Role.THERAPIST) {
			therapist = this.people
				.joinTherapist(admin.clinicId(), new TherapistDetails(staff.name(), "", Set.of(), List.of()))
				.id();
		}
		Account account = Account.forStaff(admin.clinicId(), staff.role(), therapist, staff.email(),
				staff.name().strip(), this.encoder.encode(staff.password()), Instant.now(this.clock));
		return this.accounts.save(account).toView();
	}

	@Transactional(readOnly = true)
	public AccountView me(Actor actor) {
		return this.accounts.findById(actor.accountId())
			.map(Account::toView)
			.orElseThrow(() -> new NotFoundException("Account"));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmail(Account.normalize(email)).map(Account::toView);
	}

	@Transactional(readOnly = true)
	public List<AccountView> staff(Actor admin) {
		admin.requireAdmin();
		return this.accounts
			.findByClinicIdAndRoleInOrderByEmail(admin.clinicId().value(), List.of(Role.THERAPIST, Role.ADMIN))
			.stream()
			.map(Account::toView)
			.toList();
	}

	/** The emails of these accounts, those of the admin's own clinic only. */
	@Transactional(readOnly = true)
	public Map<UUID, String> emails(Actor admin, Collection<UUID> accountIds) {
		admin.requireAdmin();
		return this.accounts.findAllById(accountIds.stream().filter(Objects::nonNull).distinct().toList())
			.stream()
			.filter((account) -> account.actor().clinicId().equals(admin.clinicId()))
			.collect(Collectors.toMap(Account::id, Account::email));
	}

	private void ensureEmailFree(String email) {
		if (!Credentials.isPossibleEmail(email)) {
			throw new RuleViolationException("EMAIL_INVALID", "Not a usable email address");
		}
		if (this.accounts.findByEmail(Account.normalize(email)).isPresent()) {
			throw new ConflictException("EMAIL_TAKEN", "This email address is already registered");
		}
	}

}
