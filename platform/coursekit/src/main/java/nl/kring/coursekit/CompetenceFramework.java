package nl.kring.coursekit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.kring.api.KringApi;

/** The competences courses may develop, as shipped with the plugin API ({@value KringApi#COMPETENCE_FRAMEWORK}). */
public final class CompetenceFramework {

    private static final List<String> LANGUAGES = List.of("nl", "en");
    private final List<Competence> competences;

    private CompetenceFramework(List<Competence> competences) {
        this.competences = List.copyOf(competences);
    }

    /** Loads the framework that ships with the API jar. */
    public static CompetenceFramework standard() {
        try (InputStream in = KringApi.class.getResourceAsStream(KringApi.COMPETENCE_FRAMEWORK)) {
            if (in == null) {
                throw new IllegalStateException("competence framework missing from the API jar: " + KringApi.COMPETENCE_FRAMEWORK);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompetenceFramework parse(String yaml) {
        List<Problem> problems = new ArrayList<>();
        String file = KringApi.COMPETENCE_FRAMEWORK;
        List<Competence> competences = new ArrayList<>();
        YamlMap.parse(file, yaml, 0, problems).ifPresent(root -> {
            for (YamlMap entry : root.maps("competences")) {
                competences.add(new Competence(entry.requiredString("id", null),
                        entry.localized("title", LANGUAGES), entry.localized("description", LANGUAGES)));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("competence framework is invalid: " + problems);
        }
        return new CompetenceFramework(competences);
    }

    public List<Competence> all() {
        return competences;
    }

    public Optional<Competence> find(String id) {
        return competences.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }
}
