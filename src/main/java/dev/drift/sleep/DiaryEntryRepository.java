package dev.drift.sleep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DiaryEntryRepository extends ListCrudRepository<DiaryEntry, UUID> {

	Optional<DiaryEntry> findByClientIdAndDiaryDate(UUID clientId, LocalDate diaryDate);

	List<DiaryEntry> findByClientIdAndDiaryDateBetweenOrderByDiaryDateDesc(UUID clientId, LocalDate from, LocalDate to);

	List<DiaryEntry> findByClientIdOrderByDiaryDateAsc(UUID clientId);

}
