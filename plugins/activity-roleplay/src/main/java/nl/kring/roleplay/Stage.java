package nl.kring.roleplay;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A persona's stage of change (Prochaska &amp; DiClemente's transtheoretical model). */
enum Stage {

    PRECONTEMPLATION("precontemplation", "voorbeschouwing", "precontemplation"),
    CONTEMPLATION("contemplation", "overpeinzing", "contemplation"),
    PREPARATION("preparation", "voorbereiding", "preparation"),
    ACTION("action", "actie", "action"),
    MAINTENANCE("maintenance", "volhouden", "maintenance");

    private final String id;
    private final String dutch;
    private final String english;

    Stage(String id, String dutch, String english) {
        this.id = id;
        this.dutch = dutch;
        this.english = english;
    }

    String id() {
        return id;
    }

    String label(String language) {
        return ("nl".equals(language) ? "fase: " + dutch : "stage: " + english);
    }

    static Optional<Stage> byId(String id) {
        return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst();
    }

    static String ids() {
        return Arrays.stream(values()).map(Stage::id).sorted().collect(Collectors.joining(", "));
    }
}
