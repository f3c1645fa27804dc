package nl.kring.catalog;

import java.util.List;
import java.util.Locale;

import nl.kring.coursekit.Competence;
import nl.kring.coursekit.CompetenceFramework;
import nl.kring.plugin.InstalledCourse;
import nl.kring.plugin.PluginHost;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Names and descriptions of competences in the user's language. */
@Service
public class CompetenceCatalog {

    private final CompetenceFramework base;
    private final PluginHost plugins;

    CompetenceCatalog(CompetenceFramework framework, PluginHost plugins) {
        this.base = framework;
        this.plugins = plugins;
    }

    /** The platform's framework with the competences installed courses add (the first course to add an id wins). */
    private CompetenceFramework framework() {
        CompetenceFramework framework = base;
        for (InstalledCourse course : plugins.courses()) {
            framework = framework.extendedWith(course.course().ownCompetences());
        }
        return framework;
    }

    /** A competence as shown to users. */
    public record CompetenceName(String id, String title, String description) {
    }

    /** A level as shown to users, e.g. 3 "Shows how". */
    public record LevelName(int level, String id, String title, String description) {
    }

    /** The framework's levels, lowest first. */
    @PreAuthorize("isAuthenticated()")
    public List<LevelName> levels(Locale locale) {
        String language = locale.getLanguage();
        return base.levels().stream().map(l -> new LevelName(l.level(), l.id(), l.title().in(language, "en"),
                l.description().in(language, "en"))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<CompetenceName> all(Locale locale) {
        return framework().all().stream().map(c -> name(c, locale)).toList();
    }

    /** The name of {@code id}, or the id itself when the framework does not know it. */
    @PreAuthorize("isAuthenticated()")
    public CompetenceName name(String id, Locale locale) {
        return framework().find(id).map(c -> name(c, locale)).orElse(new CompetenceName(id, id, ""));
    }

    private static CompetenceName name(Competence competence, Locale locale) {
        String language = locale.getLanguage();
        return new CompetenceName(competence.id(), competence.title().in(language, "en"),
                competence.description().in(language, "en"));
    }
}
