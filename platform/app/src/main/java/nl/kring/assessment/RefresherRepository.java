package nl.kring.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RefresherRepository extends JpaRepository<Refresher, Long> {

    Optional<Refresher> findByIdAndUserId(long id, long userId);
}
