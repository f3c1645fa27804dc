package nl.kring.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityReviewRepository extends JpaRepository<ActivityReview, Long> {

    List<ActivityReview> findByAttemptId(long attemptId);

    List<ActivityReview> findTop200ByReviewedAtIsNullOrderByIdAsc();
}
