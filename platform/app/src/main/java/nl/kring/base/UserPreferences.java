package nl.kring.base;

import java.util.Locale;
import java.util.Optional;

/**
 * What the layout needs to know about the signed-in user, implemented by the account feature so that the
 * shared layout does not depend on it.
 */
public interface UserPreferences {

    /** The signed-in user's display name, if someone is signed in. */
    Optional<String> displayName();

    /** The language the signed-in user chose earlier, if any. */
    Optional<Locale> preferredLocale();

    /** Remembers the signed-in user's language for next time. */
    void savePreferredLocale(Locale locale);
}
