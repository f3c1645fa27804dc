package nl.kring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Service;

/** The architecture, as sentences. */
@AnalyzeClasses(packages = "nl.kring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().matching("nl.kring.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule services_do_not_depend_on_views =
            noClasses().that().areAnnotatedWith(Service.class)
                    .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule only_views_and_the_layout_use_vaadin_components =
            noClasses().that().resideOutsideOfPackages("..ui..")
                    .and().doNotHaveFullyQualifiedName(KringApplication.class.getName())
                    // Tells Spring's method security to leave views (Vaadin components) to Vaadin's access control.
                    .and().doNotHaveFullyQualifiedName("nl.kring.account.ServiceMethodSecurity")
                    .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule flexmark_is_used_only_in_content =
            noClasses().that().resideOutsideOfPackage("nl.kring.content..")
                    .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..");

    @ArchTest
    static final ArchRule pf4j_is_used_only_in_the_plugin_host =
            noClasses().that().resideOutsideOfPackages("nl.kring.plugin..", "nl.kring.api..", "nl.kring.coursekit..")
                    .should().dependOnClassesThat().resideInAPackage("org.pf4j..")
                    .because("the plugin host owns PF4J; the API and the course kit use its version rules");

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature =
            classes().that().haveSimpleNameEndingWith("Repository")
                    .should().notBePublic();

    @ArchTest
    static final ArchRule views_are_guarded_by_a_role =
            classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                    .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                    .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                    .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class);
}
