package nl.kring.coursekit;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and the body.
 * Front matter is parsed with SnakeYAML rather than Flexmark's extension, which flattens lists to strings.
 */
record FrontMatter(String yaml, String body, int bodyFirstLine) {

    /** @return the parts, or {@code null} when the text does not start with a front matter block */
    static FrontMatter split(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            return null;
        }
        int end = normalized.indexOf("\n---", 3);
        while (end >= 0) {
            int lineEnd = end + 4;
            if (lineEnd == normalized.length() || normalized.charAt(lineEnd) == '\n') {
                String yaml = normalized.substring(4, end + 1);
                String body = lineEnd == normalized.length() ? "" : normalized.substring(lineEnd + 1);
                int bodyLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
                return new FrontMatter(yaml, body, bodyLine);
            }
            end = normalized.indexOf("\n---", lineEnd);
        }
        return null;
    }
}
