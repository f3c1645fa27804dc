package nl.kring.plugin;

import nl.kring.api.activity.ActivityType;
import org.pf4j.PluginManager;
import org.springframework.stereotype.Component;

/** The activity types the started plugins contribute, each with the plugin it comes from. */
@Component
class ActivityTypes extends ContributedTypes<ActivityType> {

    ActivityTypes(PluginManager plugins, PluginGuard guard) {
        super(plugins, guard, ActivityType.class, ActivityType::type);
    }
}
