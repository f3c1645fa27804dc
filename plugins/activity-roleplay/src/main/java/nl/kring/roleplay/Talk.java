package nl.kring.roleplay;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a persona's line says about change, after Miller &amp; Rollnick (<i>Motivational Interviewing</i>, 3rd ed.,
 * 2013): change talk (for change), sustain talk (for the status quo), discord (against the practitioner) or neutral.
 */
enum Talk {

    CHANGE("change", "verandertaal", "change talk"),
    SUSTAIN("sustain", "behoudtaal", "sustain talk"),
    DISCORD("discord", "disharmonie", "discord"),
    NEUTRAL("neutral", null, null);

    private final String id;
    private final String dutch;
    private final String english;

    Talk(String id, String dutch, String english) {
        this.id = id;
        this.dutch = dutch;
        this.english = english;
    }

    String id() {
        return id;
    }

    /** The tag shown with a line: none for neutral talk. */
    List<String> tags(String language) {
        if (this == NEUTRAL) {
            return List.of();
        }
        return List.of("nl".equals(language) ? dutch : english);
    }

    static Optional<Talk> byId(String id) {
        return Arrays.stream(values()).filter(talk -> talk.id.equals(id)).findFirst();
    }

    static String ids() {
        return Arrays.stream(values()).map(Talk::id).sorted().collect(Collectors.joining(", "));
    }
}
