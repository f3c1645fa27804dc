package nl.kring.privacy.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import nl.kring.base.ui.MainLayout;
import nl.kring.privacy.PrivacyService;

/**
 * "My data": what Kring keeps about the signed-in person and why, the download of all of it (JSON to take elsewhere, a
 * PDF to read), and how to have it erased.
 */
@Route(value = "account/data", layout = MainLayout.class)
@PermitAll
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    public MyDataView(PrivacyService privacy) {
        addClassName("kring-narrow-page");
        setMaxWidth("46rem");
        UnorderedList kept = new UnorderedList();
        for (String part : new String[] {"account", "learning", "quizzes", "competences", "certificates", "teams", "log"}) {
            kept.add(new ListItem(getTranslation("my-data.kept." + part)));
        }
        String language = getLocale().getLanguage();
        Anchor json = download(DownloadHandler.fromInputStream(event -> response(privacy.mineAsJson(), "kring-mijn-gegevens.json",
                "application/json")), "my-data.json", "my-data-json");
        Anchor pdf = download(DownloadHandler.fromInputStream(event -> response(privacy.mineAsPdf(language), "kring-mijn-gegevens.pdf",
                "application/pdf")), "my-data.pdf", "my-data-pdf");
        HorizontalLayout downloads = new HorizontalLayout(json, pdf);
        Div erase = new Div(new H3(getTranslation("my-data.erase.title")), new Paragraph(getTranslation("my-data.erase.text")));
        erase.addClassName("kring-section");
        add(new H2(getTranslation("my-data.title")), new Paragraph(getTranslation("my-data.intro")), kept,
                new Paragraph(getTranslation("my-data.download")), downloads, erase);
    }

    private Anchor download(DownloadHandler handler, String label, String id) {
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(" " + getTranslation(label)));
        link.setId(id);
        link.addClassName("kring-download");
        return link;
    }

    private static DownloadResponse response(byte[] bytes, String fileName, String type) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.title");
    }
}
