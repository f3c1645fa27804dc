package nl.kring.competence;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompetenceMappingRepository extends JpaRepository<CompetenceMapping, String> {
}
