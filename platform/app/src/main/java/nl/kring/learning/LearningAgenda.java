package nl.kring.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What other features ask the signed-in learner to do, shown on "My learning" (e.g. courses a team lead assigned
 * with a due date). Implemented by those features, so learning does not depend on them.
 */
public interface LearningAgenda {

    /** The signed-in learner's items, soonest due first. */
    List<Item> mine(Locale locale);

    /**
     * One thing to do.
     *
     * @param path   where it opens, e.g. {@code course/naasten-betrekken}
     * @param from   who asks it, e.g. the team's name
     */
    record Item(String title, String path, LocalDate due, boolean done, String from) {

        public boolean overdue(LocalDate today) {
            return !done && due.isBefore(today);
        }
    }
}
