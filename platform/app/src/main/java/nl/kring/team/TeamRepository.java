package nl.kring.team;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByName(String name);

    java.util.List<Team> findByLeadIdOrderByName(Long leadId);

    java.util.List<Team> findAllByOrderByName();
}
