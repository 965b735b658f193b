package dev.drift.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditEntry.Outcome;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicId;
import dev.drift.people.Clients;
import dev.drift.people.ContactPreferences;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.Role;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistId;
import dev.drift.people.Therapists;
import dev.drift.shared.ConflictException;
import dev.drift.shared.ForbiddenException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, staff accounts, the caller's own account, and sign-in locks.
 */
@Service
@Transactional
public class Accounts {

	public static final int MIN_PASSWORD_LENGTH = 10;

	/** BCrypt reads at most 72 bytes of a password; Drift accepts no longer one. */
	public static final int MAX_PASSWORD_LENGTH = 72;

	public static final int MAX_EMAIL_LENGTH = 254;

	private final AccountRepository accounts;

	private final Clients clients;

	private final Therapists therapists;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	Accounts(AccountRepository accounts, Clients clients, Therapists therapists, PasswordEncoder encoder,
			LoginThrottle throttle, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.clients = clients;
		this.therapists = therapists;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/** A client signs up: a client record with their consent, and an account for it. */
	public AccountView signUp(SignUp signUp) {
		if (!signUp.healthDataConsent()) {
			throw new RuleViolationException("CONSENT_REQUIRED",
					"Consent to the processing of health data is needed to use Drift");
		}
		checkPassword(signUp.password());
		ensureEmailFree(signUp.email());
		Instant now = Instant.now(this.clock);
		ClientProfile client = this.clients.register(signUp.clinic(),
				new NewClient(signUp.email(),
						new ClientDetails(signUp.name(), signUp.phone(), signUp.dateOfBirth(), signUp.timeZone(),
								ContactPreferences.emailOnly()),
						signUp.sleep(), new HealthDataConsent(now, signUp.timeZone())));
		Account account = Account.forClient(signUp.clinic(), client.id(), signUp.email(), client.name(),
				this.encoder.encode(signUp.password()), now);
		return this.accounts.save(account).toView();
	}

	/**
	 * The first admin of a newly opened clinic; refused once the clinic has one.
	 */
	public AccountView createFirstAdmin(ClinicId clinic, NewStaff admin) {
		if (!this.accounts.findByClinicIdAndRoleInOrderByEmail(clinic.value(), List.of(Role.ADMIN)).isEmpty()) {
			throw new ConflictException("ADMIN_EXISTS", "This clinic already has an admin");
		}
		checkPassword(admin.password());
		ensureEmailFree(admin.email());
		return this.accounts.save(Account.forStaff(clinic, Role.ADMIN, null, admin.email(), admin.name().strip(),
				this.encoder.encode(admin.password()), Instant.now(this.clock)))
			.toView();
	}

	/** An admin creates a therapist or admin account in their own clinic. */
	public AccountView createStaff(Actor admin, NewStaff staff) {
		requireAdmin(admin);
		if (!staff.role().isStaff()) {
			throw new RuleViolationException("ROLE_INVALID", "Staff accounts are therapists or admins");
		}
		checkPassword(staff.password());
		ensureEmailFree(staff.email());
		TherapistId therapist = null;
		if (staff.role() == Role.THERAPIST) {
			therapist = this.therapists
				.join(admin.clinicId(), new TherapistDetails(staff.name(), "", Set.of(), List.of()))
				.id();
		}
		Account account = Account.forStaff(admin.clinicId(), staff.role(), therapist, staff.email(),
				staff.name().strip(), this.encoder.encode(staff.password()), Instant.now(this.clock));
		return this.accounts.save(account).toView();
	}

	/**
	 * The caller changes their own password, proving the current one. Wrong current
	 * passwords count towards the sign-in throttle like failed sign-ins.
	 */
	public PasswordChange changePassword(Actor actor, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(actor.accountId()).orElseThrow(() -> new NotFoundException("Account"));
		if (this.throttle.refusal(account.email(), null).isPresent()) {
			return PasswordChange.TOO_MANY_ATTEMPTS;
		}
		LoginThrottle.Attempt attempt;
		try {
			attempt = this.throttle.begin(account.email(), null);
		}
		catch (LoginThrottledException ex) {
			return PasswordChange.TOO_MANY_ATTEMPTS;
		}
		boolean proven = isAcceptablePassword(currentPassword)
				&& this.encoder.matches(currentPassword, account.passwordHash());
		this.audit.record(new AuditEntry(actor.clinicId().value(), actor.accountId(), actor.role().name(), null,
				account.id(), "PASSWORD_CHANGED", proven ? Outcome.SUCCESS : Outcome.DENIED, null));
		if (!proven) {
			return this.throttle.failed(attempt) ? PasswordChange.TOO_MANY_ATTEMPTS
					: PasswordChange.WRONG_CURRENT_PASSWORD;
		}
		this.throttle.succeeded(attempt);
		checkPassword(newPassword);
		account.changePassword(this.encoder.encode(newPassword));
		this.accounts.save(account);
		return PasswordChange.CHANGED;
	}

	/** How a password change ended. */
	public enum PasswordChange {

		CHANGED, WRONG_CURRENT_PASSWORD, TOO_MANY_ATTEMPTS

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
		requireAdmin(admin);
		return this.accounts
			.findByClinicIdAndRoleInOrderByEmail(admin.clinicId().value(), List.of(Role.THERAPIST, Role.ADMIN))
			.stream()
			.map(Account::toView)
			.toList();
	}

	/** The emails of these accounts, those of the admin's own clinic only. */
	@Transactional(readOnly = true)
	public Map<UUID, String> emails(Actor admin, Collection<UUID> accountIds) {
		requireAdmin(admin);
		return this.accounts.findAllById(accountIds.stream().filter(Objects::nonNull).distinct().toList())
			.stream()
			.filter((account) -> account.actor().clinicId().equals(admin.clinicId()))
			.collect(Collectors.toMap(Account::id, Account::email));
	}

	/** The accounts of the admin's clinic whose sign-in is locked now. */
	@Transactional(readOnly = true)
	public List<LoginLock> locks(Actor admin) {
		requireAdmin(admin);
		Map<String, Account> byEmail = this.accounts
			.findByClinicIdAndRoleInOrderByEmail(admin.clinicId().value(), List.of(Role.values()))
			.stream()
			.collect(Collectors.toMap(Account::email, Function.identity()));
		return this.throttle.locked(List.copyOf(byEmail.keySet()))
			.stream()
			.map((lock) -> new LoginLock(byEmail.get(lock.email()).toView(), lock.lockedUntil()))
			.toList();
	}

	/** An admin lifts the sign-in lock of an account of their clinic. */
	public void liftLock(Actor admin, UUID accountId) {
		requireAdmin(admin);
		Account account = this.accounts.findById(accountId)
			.filter((candidate) -> candidate.actor().clinicId().equals(admin.clinicId()))
			.orElseThrow(() -> new NotFoundException("Account"));
		boolean lifted = this.throttle.lift(account.email());
		this.audit.record(new AuditEntry(admin.clinicId().value(), admin.accountId(), admin.role().name(), null,
				account.id(), "LOGIN_LOCK_LIFTED", lifted ? Outcome.SUCCESS : Outcome.FAILURE, null));
	}

	private void ensureEmailFree(String email) {
		if (!isPossibleEmail(email)) {
			throw new RuleViolationException("EMAIL_INVALID", "Not a usable email address");
		}
		if (this.accounts.findByEmail(Account.normalize(email)).isPresent()) {
			throw new ConflictException("EMAIL_TAKEN", "This email address is already registered");
		}
	}

	/**
	 * Whether text could be an account's email: at most 254 characters once normalised,
	 * and no control characters (which some databases refuse outright).
	 */
	public static boolean isPossibleEmail(String email) {
		return email != null && !email.isBlank() && Account.normalize(email).length() <= MAX_EMAIL_LENGTH
				&& email.chars().noneMatch(Character::isISOControl);
	}

	/**
	 * Whether a password has an acceptable length: 10 characters to 72 bytes in UTF-8.
	 */
	public static boolean isAcceptablePassword(String password) {
		return password != null && password.length() >= MIN_PASSWORD_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_LENGTH;
	}

	private static void checkPassword(String password) {
		if (!isAcceptablePassword(password)) {
			throw new RuleViolationException("PASSWORD_LENGTH",
					"Passwords have " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
		}
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException();
		}
	}

}
