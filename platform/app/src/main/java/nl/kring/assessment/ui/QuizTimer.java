package nl.kring.assessment.ui;

import java.time.Duration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The time left for a timed attempt, counted down in the browser (no server round trip per second). Screen readers
 * hear a warning at five minutes and at one minute, not every second. At zero the browser tells
 * the view, which asks the server: the server's clock decides, and answers after the deadline are refused anyway.
 */
final class QuizTimer extends Div {

    QuizTimer(Component view, Duration left) {
        addClassName("kring-quiz-timer");
        setId("quiz-timer");
        Span label = new Span(getTranslation("quiz.time-left") + " ");
        Span clock = new Span();
        clock.setId("quiz-time-left");
        clock.getElement().setAttribute("aria-hidden", "true");
        Span warning = new Span();
        warning.addClassName("kring-sr-only");
        warning.getElement().setAttribute("aria-live", "assertive");
        add(label, clock, warning);
        clock.getElement().executeJs("""
                const clock = this, warning = $1, view = $2, end = Date.now() + $0;
                const warnings = {300: $3, 60: $4};
                clearInterval(clock.kringTimer);
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
                  if (warnings[left]) { warning.textContent = warnings[left]; }
                  if (left === 0) { clearInterval(clock.kringTimer); view.$server.timeUp(); }
                };
                tick();
                clock.kringTimer = setInterval(tick, 1000);
                """, (double) Math.max(0, left.toMillis()), warning.getElement(), view.getElement(),
                getTranslation("quiz.time-warning", 5), getTranslation("quiz.time-warning", 1));
    }
}
