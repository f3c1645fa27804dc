package nl.kring.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;

/** The last resort (ASVS V7.4.3): an exception in an event on a page becomes a message with a reference, not silence. */
class UnexpectedErrorsIT extends KaribuSpringTest {

    @Test
    void anExceptionInAnEventShowsAMessageWithAReferenceAndNoDetails() {
        signIn("noor", Locale.ENGLISH);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("SQL state 23505 in table x")));

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(notification -> {
            String text = notification.getElement().getProperty("text", "") + notification.getElement().getTextRecursively();
            assertThat(text).startsWith("That did not work: something went wrong on our side.").containsPattern("reference [0-9A-Z]+\\.")
                    .doesNotContain("SQL").doesNotContain("IllegalStateException");
        });
        NotificationsKt.clearNotifications();
    }
}
