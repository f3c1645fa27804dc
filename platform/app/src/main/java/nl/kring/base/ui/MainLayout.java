package nl.kring.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.kring.base.KringI18NProvider;
import nl.kring.base.Roles;
import nl.kring.base.UserPreferences;

/** The frame around every signed-in page: navigation by role, the user's name, language and sign-out. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient UserPreferences preferences;
    private final Span pageTitle = new Span();

    public MainLayout(AuthenticationContext authentication, UserPreferences preferences) {
        this.authentication = authentication;
        this.preferences = preferences;
        applyPreferredLocale();
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, new DrawerToggle(), titleBar());
        addToDrawer(brand(), navigation(), footer());
    }

    private void applyPreferredLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute("kring.locale-applied") == null) {
            session.setAttribute("kring.locale-applied", Boolean.TRUE);
            preferences.preferredLocale().ifPresent(locale -> {
                session.setLocale(locale);
                UI.getCurrent().setLocale(locale);
            });
        }
    }

    private HorizontalLayout titleBar() {
        pageTitle.addClassName("kring-page-title");
        Span user = new Span(preferences.displayName().orElse(""));
        user.addClassName("kring-user-name");
        Button signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        Button password = new Button(VaadinIcon.KEY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        password.setTooltipText(getTranslation("nav.password"));
        password.setAriaLabel(getTranslation("nav.password"));
        password.setId("change-password");
        HorizontalLayout right = new HorizontalLayout(languageSelect(), user, password, signOut);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(pageTitle, right);
        bar.addClassName("kring-title-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return bar;
    }

    private Select<Locale> languageSelect() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(KringI18NProvider.DUTCH, KringI18NProvider.ENGLISH);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("nl") ? "Nederlands" : "English");
        language.setValue(KringI18NProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("nav.language"));
        language.setWidth("9em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.savePreferredLocale(e.getValue());
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }

    private Header brand() {
        Image logo = new Image("images/kring-logo.svg", "");
        logo.setHeight("36px");
        Span name = new Span("Kring");
        name.addClassName("kring-brand-name");
        HorizontalLayout row = new HorizontalLayout(logo, name);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        Header header = new Header(row);
        header.addClassName("kring-brand");
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.catalog"), "", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.my-learning"), "my-learning", VaadinIcon.ACADEMY_CAP.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.my-competences"), "my-competences", VaadinIcon.CHART_3D.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.my-certificates"), "my-certificates", VaadinIcon.DIPLOMA.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.my-data"), "account/data", VaadinIcon.FILE_TEXT_O.create()));
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.TEAM_LEAD)) {
            nav.addItem(new SideNavItem(getTranslation("nav.team"), "team", VaadinIcon.GROUP.create()));
        }
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.TRAINER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.review"), "review", VaadinIcon.COMMENTS_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.plugins"), "admin/plugins", VaadinIcon.PLUG.create()));
        }
        if (authentication.hasAnyRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.teams"), "admin/teams", VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.people"), "admin/people", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.security-log"), "admin/security-log", VaadinIcon.SHIELD.create()));
        }
        return nav;
    }

    private Footer footer() {
        VerticalLayout text = new VerticalLayout(new Span(getTranslation("app.tagline")));
        text.setPadding(true);
        Footer footer = new Footer(text);
        footer.addClassName("kring-drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
        pageTitle.setText(title);
    }
}
