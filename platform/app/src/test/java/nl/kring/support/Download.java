package nl.kring.support;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;

/**
 * What a browser gets when it follows a download link in a Karibu test: the link's own {@code DownloadHandler}, looked
 * up in the session as Vaadin does for the link's address, run against a fake response.
 */
public record Download(int status, String contentType, Map<String, String> headers, byte[] body) {

    public static Download of(Anchor link) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(URI.create(link.getHref()))
                .map(StreamResourceRegistry.ElementStreamResource.class::cast)
                .orElseThrow(() -> new AssertionError("no download is registered at " + link.getHref()));
        FakeResponse response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) session.getService()), session, link.getElement());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.getHeaderNames().forEach(name -> headers.put(name, response.getHeader(name)));
        return new Download(response.getStatus(), response.getContentType(), headers, response.getBuffer().toByteArray());
    }
}
