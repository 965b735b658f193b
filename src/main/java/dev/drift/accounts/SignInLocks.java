package dev.drift.accounts;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.drift.audit.AuditEntry.Outcome;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.Role;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin sees which accounts of the clinic are locked after repeated failed sign-ins,
 * and lifts a lock.
 */
@Service
@Transactional
class SignInLocks {

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	SignInLocks(AccountRepository accounts, LoginThrottle throttle, AuditLog audit) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.audit = audit;
	}

	/** The accounts of the admin's clinic whose sign-in is locked now. */
	@Transactional(readOnly = true)
	public List<LoginLock> locks(Actor admin) {
		admin.requireAdmin();
		Map<String, Account> byEmail = this.accounts
			.findByClinicIdAndRoleInOrderByEmail(admin.clinicId().value(), List.of(Role.values()))
			.stream()
			.collect(Collectors.toMap(Account::email, Function.identity()));
		return this.throttle.locked(List.copyOf(byEmail.keySet()))
			.stream()
			.map((lock) -> new LoginLock(byEmail.get(lock.email()).toView(), lock.lockedUntil()))
			.toList();
	}

	/** Lifts the sign-in lock of an account of the admin's clinic. */
	public void lift(Actor admin, UUID accountId) {
		admin.requireAdmin();
		Account account = this.accounts.findById(accountId)
			.filter((candidate) -> candidate.actor().clinicId().equals(admin.clinicId()))
			.orElseThrow(() -> new NotFoundException("Account"));
		boolean lifted = this.throttle.lift(account.email());
		this.audit.record(admin.audit("LOGIN_LOCK_LIFTED")
			.concerning(account.id())
			.withOutcome(lifted ? Outcome.SUCCESS : Outcome.FAILURE));
	}

}
