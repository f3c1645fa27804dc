package nl.kring.base;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this node in its session ids ({@code kring.node-name}, e.g. {@code node1}: a session id then ends in
 * {@code .node1}), so a load balancer can send every request of a session to the node that holds it — Vaadin keeps
 * the UI state in the session. Hashing the session cookie is not enough: the first request has no cookie yet, so it
 * would be hashed differently from the ones after. See docs/operations.md for the nginx configuration.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String name;

    NodeRoute(@Value("${kring.node-name:}") String name) {
        this.name = name.strip();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (name.isEmpty()) {
            return;
        }
        if (!name.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("kring.node-name may hold letters, digits, '-' and '_' only: " + name);
        }
        // The engine is reachable once the context is attached, before its session manager starts.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Container parent = context.getParent();
                while (parent != null && !(parent instanceof Engine)) {
                    parent = parent.getParent();
                }
                if (parent instanceof Engine engine) {
                    engine.setJvmRoute(name);
                }
            }
        }));
    }
}
