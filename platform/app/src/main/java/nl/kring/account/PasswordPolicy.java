package nl.kring.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What a password chosen by a person must be (ASVS V2.1, NIST SP 800-63B): at least 12 characters, at most 128, any
 * characters (spaces and emoji too), no composition rules; not a common or breached password from the bundled list
 * (also not with digits or symbols stuck on either end, nor a character repeated), and not containing the user name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Pattern AFFIXES = Pattern.compile("^[\\d\\p{Punct}\\s]*(.*?)[\\d\\p{Punct}\\s]*$");
    /** Read from the bundled list when a password is first checked (not at start-up), then kept. */
    private static final class Common {
        static final Set<String> WORDS = load();
    }

    /** The translation key of what is wrong with {@code password} for {@code username}, or empty when it is fine. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.error.length");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.error.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("password.error.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.username");
        }
        return Optional.empty();
    }

    private static boolean isCommon(String lower) {
        if (Common.WORDS.contains(lower) || lower.codePoints().distinct().count() < 4) {
            return true;
        }
        Matcher matcher = AFFIXES.matcher(lower);
        String core = matcher.matches() ? matcher.group(1) : lower;
        return core.length() >= 4 && (Common.WORDS.contains(core) || isRepeated(core));
    }

    /** "welkomwelkom", "qwertyqwerty": a common word or short unit written twice or more. */
    private static boolean isRepeated(String core) {
        for (int unit = 1; unit <= core.length() / 2; unit++) {
            if (core.length() % unit == 0 && core.substring(0, unit).repeat(core.length() / unit).equals(core)) {
                return unit < 6 || Common.WORDS.contains(core.substring(0, unit));
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(65_536);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("the common-password list account/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
