package dev.drift.people;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ClinicRepository extends ListCrudRepository<Clinic, UUID> {

}
