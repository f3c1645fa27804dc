package nl.kring.roleplay;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who a persona is to the conversation; the id is the {@code role} of the persona's transcript lines. */
enum Role {

    CLIENT("client", "cliënt", "client"),
    PARTNER("partner", "partner", "partner"),
    PARENT("parent", "ouder", "parent"),
    CHILD("child", "kind", "child"),
    SIBLING("sibling", "broer of zus", "sibling"),
    FRIEND("friend", "vriend(in)", "friend"),
    PROFESSIONAL("professional", "professional", "professional"),
    OTHER("other", "ander", "other");

    private final String id;
    private final String dutch;
    private final String english;

    Role(String id, String dutch, String english) {
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

    static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }

    static String ids() {
        return Arrays.stream(values()).map(Role::id).sorted().collect(Collectors.joining(", "));
    }
}
