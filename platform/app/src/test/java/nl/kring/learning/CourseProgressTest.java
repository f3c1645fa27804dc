package nl.kring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CourseProgressTest {

    @Test
    void countsDoneLessonsAgainstTheInstalledOnes() {
        CourseProgress progress = new CourseProgress(Set.of("a", "b"), 4);

        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.isDone("a")).isTrue();
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void anEmptyCourseIsNeitherStartedNorComplete() {
        CourseProgress progress = new CourseProgress(Set.of(), 0);

        assertThat(progress.fraction()).isZero();
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void aFullyDoneCourseIsComplete() {
        assertThat(new CourseProgress(Set.of("a", "b", "c"), 3).complete()).isTrue();
        assertThat(new CourseProgress(Set.of("a", "b", "c"), 3).percent()).isEqualTo(100);
    }
}
