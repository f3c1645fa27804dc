package nl.kring.catalog;

/** An activity as listed in a course outline: its id, title in the user's language and activity type. */
public record ActivityRef(String id, String title, String type) {
}
