package nl.kring.base;

/** CSV fields (RFC 4180) that spreadsheets open safely. */
public final class Csv {

    private Csv() {
    }

    /**
     * A field, quoted when it holds a quote, comma or line break; a leading {@code =}, {@code +}, {@code -}, {@code @},
     * tab or carriage return is defused with an apostrophe so a spreadsheet shows it instead of running it as a
     * formula (OWASP's CSV injection advice).
     */
    public static String field(String value) {
        String safe = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        return safe.matches("(?s).*[\",\\r\\n].*") || !safe.equals(value) ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
