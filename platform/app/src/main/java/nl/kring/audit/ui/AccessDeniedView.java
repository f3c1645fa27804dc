package nl.kring.audit.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouteAccessDeniedError;
import jakarta.annotation.security.PermitAll;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;

/**
 * When Vaadin's navigation access control refuses a signed-in user a page: the refusal goes into the security log,
 * then the user sees the same "not found" as for a page that does not exist (Vaadin's default, which does not tell
 * whether the page is there).
 */
@PermitAll
public class AccessDeniedView extends RouteAccessDeniedError {

    private final transient SecurityLog log;

    public AccessDeniedView(SecurityLog log) {
        this.log = log;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.record(SecurityEventType.ACCESS_DENIED, null, "page /" + event.getLocation().getPathWithQueryParameters());
        return super.setErrorParameter(event, parameter);
    }
}
