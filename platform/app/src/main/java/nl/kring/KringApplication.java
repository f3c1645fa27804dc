package nl.kring;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kring: courses for addiction-care professionals who involve the client's network, delivered as plugins. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("kring")
@Push
@PWA(name = "Kring", shortName = "Kring")
@Meta(name = "description", content = "Kring — training for professionals who involve the client's network")
public class KringApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KringApplication.class, args);
    }
}
