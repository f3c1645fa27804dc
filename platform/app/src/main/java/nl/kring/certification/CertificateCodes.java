package nl.kring.certification;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes such as {@code KR-7H3K-9QPD-2MXA}: 12 random characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), so about 2^60 codes: not guessable, easy to type from paper.
 */
final class CertificateCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder("KR");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as someone typed it (any case, with or without spaces and dashes) in its printed form. */
    static String normalise(String typed) {
        String plain = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!plain.matches("KR[" + ALPHABET + "]{12}")) {
            return plain;
        }
        return "KR-" + plain.substring(2, 6) + "-" + plain.substring(6, 10) + "-" + plain.substring(10);
    }
}
