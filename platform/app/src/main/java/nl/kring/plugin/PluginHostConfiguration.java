package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.Files;

import nl.kring.api.KringApi;
import nl.kring.coursekit.CompetenceFramework;
import nl.kring.coursekit.CourseReader;
import nl.kring.coursekit.Linter;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our own wrapper around PF4J (not pf4j-spring): one {@link DefaultPluginManager} that enforces {@code Plugin-Requires}. */
@Configuration
class PluginHostConfiguration {

    @Bean
    PluginManager pluginManager(PluginProperties properties) throws IOException {
        Files.createDirectories(properties.dir());
        DefaultPluginManager manager = new DefaultPluginManager(properties.dir().toAbsolutePath());
        // Without a system version PF4J silently accepts every Plugin-Requires.
        manager.setSystemVersion(KringApi.VERSION);
        return manager;
    }

    /**
     * Knows the activity and question types of the plugins started right now, so a course's activities and quiz items
     * are checked against them.
     */
    @Bean
    CourseReader courseReader(CompetenceFramework competences, ActivityTypes activityTypes, PluginQuestionTypes questionTypes) {
        return new CourseReader(competences, activityTypes::names, questionTypes::names, KringApi.VERSION);
    }

    /** The same checks the command-line linter runs, applied to every jar before it is installed. */
    @Bean
    Linter linter(CourseReader reader) {
        return new Linter(reader);
    }
}
