package nl.kring.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The corpus of XSS vectors in {@code src/test/resources/xss/vectors.txt} (its header says the format). */
public final class XssCorpus {

    private XssCorpus() {
    }

    /** Every vector, with {@code \n} turned into a line break. */
    public static List<String> vectors() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/vectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss/vectors.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
