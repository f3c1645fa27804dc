package nl.kring.coursekit.gift;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Gives every imported item its own slug id: from the question's {@code ::title::}, otherwise q1, q2 … */
public final class ItemIds {

    private static final int MAX_LENGTH = 60;
    private final Set<String> used = new HashSet<>();

    /** The id the next item would get, not yet taken. */
    String propose(String title) {
        String base = slug(title);
        if (base.isEmpty()) {
            base = "q" + (used.size() + 1);
        }
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    void take(String id) {
        used.add(id);
    }

    /** {@code "Jesus' hometown (Short answer ex.)"} becomes {@code jesus-hometown-short-answer-ex}; empty without letters or digits. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("['’]", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastDash = slug.lastIndexOf('-');
            slug = lastDash > MAX_LENGTH / 2 ? slug.substring(0, lastDash) : slug.replaceAll("-+$", "");
        }
        return slug;
    }
}
