package nl.kring;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features only use each other's public API (root package or named interfaces) and have no cycles. */
class ModularityTest {

    /** The plugin API and the course kit are libraries the application uses, not features of it. */
    private final ApplicationModules modules = ApplicationModules.of(KringApplication.class,
            JavaClass.Predicates.resideInAnyPackage("nl.kring.api..", "nl.kring.coursekit.."));

    @Test
    void featuresRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
