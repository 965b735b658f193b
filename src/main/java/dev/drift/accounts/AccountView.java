package dev.drift.accounts;

import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.Role;
import dev.drift.people.TherapistId;

/**
 * An account as pages and the API show it; never the password hash.
 */
public record AccountView(UUID id, String email, String displayName, Role role, ClinicId clinicId, ClientId clientId,
		TherapistId therapistId, boolean enabled) {
}
