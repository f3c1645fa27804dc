package nl.kring.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.account.CurrentUser;
import nl.kring.base.Roles;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseOutline;
import nl.kring.catalog.LessonRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's enrolments and progress. Every change is written at once, so nothing is lost on
 * a reload or restart. Progress counts only lessons that exist in the installed course version, so an
 * upgrade that removes a lesson never shows more than 100 %.
 */
@Service
@Transactional
public class LearningService {

    private final EnrollmentRepository enrollments;
    private final LessonProgressRepository progress;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningService(EnrollmentRepository enrollments, LessonProgressRepository progress, CatalogService catalog,
                    CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.enrollments = enrollments;
        this.progress = progress;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Enrols the signed-in user in a course; enrolling twice changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public void enroll(String courseId) {
        enroll(userId(), courseId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isEnrolled(String courseId) {
        return enrollments.findByUserIdAndCourseId(userId(), courseId).isPresent();
    }

    /** Marks a lesson as done for the signed-in user (enrolling them if needed) and publishes {@link LessonCompleted}. */
    @PreAuthorize("isAuthenticated()")
    public void markDone(String courseId, String lessonId, String courseVersion) {
        recordCompletion(userId(), courseId, lessonId, courseVersion);
    }

    /** Takes back "done" for a lesson the signed-in user marked by mistake. */
    @PreAuthorize("isAuthenticated()")
    public void markNotDone(String courseId, String lessonId) {
        progress.findByUserIdAndCourseIdAndLessonId(userId(), courseId, lessonId).ifPresent(progress::delete);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CourseProgress progress(String courseId, Locale locale) {
        return catalog.outline(courseId, locale)
                .map(outline -> progressIn(outline, userId()))
                .orElse(new CourseProgress(Set.of(), 0));
    }

    /** The signed-in user's enrolled courses that are installed, most recently enrolled first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyCourse> myCourses(Locale locale) {
        long userId = userId();
        List<MyCourse> courses = new ArrayList<>();
        for (Enrollment enrollment : enrollments.findByUserIdOrderByEnrolledAtDesc(userId)) {
            catalog.outline(enrollment.getCourseId(), locale).ifPresent(outline -> {
                CourseProgress done = progressIn(outline, userId);
                Optional<LessonRef> next = outline.lessons().stream().filter(l -> !done.isDone(l.id())).findFirst();
                courses.add(new MyCourse(outline.id(), outline.title(), outline.summary(), done, next,
                        enrollment.getEnrolledAt()));
            });
        }
        return courses;
    }

    /** Records a completed lesson for any user: for administrators importing or seeding progress. */
    @RolesAllowed(Roles.ADMIN)
    public void recordCompletionFor(long userId, String courseId, String lessonId, String courseVersion) {
        recordCompletion(userId, courseId, lessonId, courseVersion);
    }

    private void recordCompletion(long userId, String courseId, String lessonId, String courseVersion) {
        enroll(userId, courseId);
        if (progress.findByUserIdAndCourseIdAndLessonId(userId, courseId, lessonId).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        progress.save(new LessonProgress(userId, courseId, lessonId, courseVersion, now));
        events.publishEvent(new LessonCompleted(userId, courseId, lessonId, courseVersion, now));
    }

    private void enroll(long userId, String courseId) {
        if (enrollments.findByUserIdAndCourseId(userId, courseId).isEmpty()) {
            enrollments.save(new Enrollment(userId, courseId, clock.instant()));
        }
    }

    private CourseProgress progressIn(CourseOutline outline, long userId) {
        Set<String> existing = outline.lessons().stream().map(LessonRef::id).collect(Collectors.toSet());
        Set<String> done = progress.findByUserIdAndCourseId(userId, outline.id()).stream()
                .map(LessonProgress::getLessonId)
                .filter(existing::contains)
                .collect(Collectors.toSet());
        return new CourseProgress(done, existing.size());
    }

    private long userId() {
        return currentUser.require().id();
    }
}
