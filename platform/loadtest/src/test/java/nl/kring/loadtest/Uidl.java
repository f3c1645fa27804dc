package nl.kring.loadtest;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a Vaadin UIDL response says about the element tree: which node is which tag, which has which id
 * attribute, and which node is whose child — enough to find, say, the radio group of a quiz question as the
 * browser would, since node numbers differ from one page view to the next.
 */
final class Uidl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> ids = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();

    private Uidl(JsonNode changes) {
        for (JsonNode change : changes) {
            int node = change.path("node").asInt(-1);
            String type = change.path("type").asText();
            if ("put".equals(type) && "tag".equals(change.path("key").asText())) {
                tags.put(node, change.path("value").asText());
            } else if ("put".equals(type) && "id".equals(change.path("key").asText()) && change.path("value").isTextual()) {
                ids.put(node, change.path("value").asText());
            } else if ("splice".equals(type) && change.has("addNodes")) {
                change.get("addNodes").forEach(child -> parents.put(child.asInt(), node));
            }
        }
    }

    /** Reads a UIDL response body ({@code for(;;);[{…}]} for UIDL requests, plain JSON for the init request). */
    static Uidl of(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode message = root.isArray() ? root.get(0) : root.path("appConfig").path("uidl");
            return new Uidl(message.path("changes"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a UIDL response: " + json.substring(0, Math.min(200, json.length())), e);
        }
    }

    /** The first node of {@code tag} inside the element with this id attribute; -1 when there is none. */
    int inside(String id, String tag) {
        for (Map.Entry<Integer, String> entry : tags.entrySet()) {
            if (entry.getValue().equals(tag)) {
                for (Integer up = parents.get(entry.getKey()); up != null; up = parents.get(up)) {
                    if (id.equals(ids.get(up))) {
                        return entry.getKey();
                    }
                }
            }
        }
        return -1;
    }
}
