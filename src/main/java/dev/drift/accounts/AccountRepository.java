package dev.drift.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.Role;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByEmail(String email);

	List<Account> findByClinicIdAndRoleInOrderByEmail(UUID clinicId, List<Role> roles);

}
