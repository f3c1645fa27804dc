package nl.kring.roleplay;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The practitioner behaviour codes of the Motivational Interviewing Treatment Integrity code, version 4.2.1
 * (Moyers, T.B., Manuel, J.K. &amp; Ernst, D. (2014). <i>Motivational Interviewing Treatment Integrity Coding
 * Manual 4.2.1</i>. Unpublished manual). Every response in a role-play carries one of these codes; a typed response
 * is coded by the learner.
 */
enum Code {

    QUESTION("question", "vraag", "question"),
    SIMPLE_REFLECTION("simple-reflection", "eenvoudige reflectie", "simple reflection"),
    COMPLEX_REFLECTION("complex-reflection", "complexe reflectie", "complex reflection"),
    AFFIRM("affirm", "bevestigen", "affirm"),
    SEEKING_COLLABORATION("seeking-collaboration", "samenwerking zoeken", "seeking collaboration"),
    EMPHASISING_AUTONOMY("emphasising-autonomy", "autonomie benadrukken", "emphasising autonomy"),
    GIVING_INFORMATION("giving-information", "informatie geven", "giving information"),
    PERSUADE("persuade", "overtuigen", "persuade"),
    PERSUADE_WITH_PERMISSION("persuade-with-permission", "overtuigen met toestemming", "persuade with permission"),
    CONFRONT("confront", "confronteren", "confront");

    private final String id;
    private final String dutch;
    private final String english;

    Code(String id, String dutch, String english) {
        this.id = id;
        this.dutch = dutch;
        this.english = english;
    }

    String id() {
        return id;
    }

    String label(String language) {
        return "nl".equals(language) ? dutch : english;
    }

    boolean reflection() {
        return this == SIMPLE_REFLECTION || this == COMPLEX_REFLECTION;
    }

    /** MITI 4.2: MI-adherent behaviour is affirm, seeking collaboration and emphasising autonomy. */
    boolean adherent() {
        return this == AFFIRM || this == SEEKING_COLLABORATION || this == EMPHASISING_AUTONOMY;
    }

    /** MITI 4.2: MI-non-adherent behaviour is persuade (without permission) and confront. */
    boolean nonAdherent() {
        return this == PERSUADE || this == CONFRONT;
    }

    static Optional<Code> byId(String id) {
        return Arrays.stream(values()).filter(code -> code.id.equals(id)).findFirst();
    }

    /** The ids in alphabetical order, for hints. */
    static String ids() {
        return Arrays.stream(values()).map(Code::id).sorted().collect(Collectors.joining(", "));
    }
}
