package dev.drift.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

}
