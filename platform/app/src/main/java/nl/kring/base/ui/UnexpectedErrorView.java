package nl.kring.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of a stack trace when a page fails unexpectedly: says that saved work is safe and what to do.
 * The exception goes to the log with a reference the user can quote.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        LOG.error("Unexpected error on '{}' (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        addClassName("kring-page");
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("error.text", reference)),
                new Anchor("", getTranslation("nav.back-to-catalog")));
        setId("unexpected-error");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
