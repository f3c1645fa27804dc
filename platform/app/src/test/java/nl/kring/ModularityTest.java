package nl.kring;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features only use each other's public API (root package or named interfaces) and have no cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(KringApplication.class);

    @Test
    void featuresRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
