package nl.kring.plugin;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the installed plugins up before anything else runs (demo data, first requests). */
@Component
@Order(0)
class PluginStartup implements ApplicationRunner {

    private final PluginLifecycle lifecycle;

    PluginStartup(PluginLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        lifecycle.startUp();
    }
}
