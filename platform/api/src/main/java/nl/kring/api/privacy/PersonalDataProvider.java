package nl.kring.api.privacy;

import java.util.List;
import java.util.Map;

import org.pf4j.ExtensionPoint;

/**
 * Implemented by every plugin that keeps personal data itself (in files, in a service it calls, anywhere outside the
 * state strings Kring stores for it). Activity, question and diagram types normally keep nothing: Kring stores their
 * state and hands it over and erases it with the rest of the person's data.
 *
 * <p>Kring calls {@link #exportPersonalData} when a person downloads their data, and {@link #erasePersonalData} when an
 * administrator erases a person. Calls are guarded: an exception in export leaves this plugin's part out (and says
 * so); an exception in erasure stops the erasure, so nothing is half forgotten without the administrator knowing.
 *
 * @since 1.4.0
 */
public interface PersonalDataProvider extends ExtensionPoint {

    /**
     * Everything this plugin keeps about the person, row by row: column name to a plain value (text, number, boolean).
     *
     * @param personRef Kring's stable reference for the person, the same in every call (e.g. {@code kring-user-42})
     */
    List<Map<String, Object>> exportPersonalData(String personRef);

    /** Forgets the person entirely; throws when that fails. */
    void erasePersonalData(String personRef);
}
