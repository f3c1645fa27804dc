package nl.kring.plugin;

import nl.kring.api.content.DiagramType;
import org.pf4j.PluginManager;
import org.springframework.stereotype.Component;

/** The diagram types (code block languages such as {@code genogram}) the started plugins contribute. */
@Component
class DiagramTypes extends ContributedTypes<DiagramType> {

    DiagramTypes(PluginManager plugins, PluginGuard guard) {
        super(plugins, guard, DiagramType.class, DiagramType::language);
    }
}
