package nl.kring.testplugin;

import java.util.List;
import java.util.Map;

import nl.kring.api.privacy.PersonalDataProvider;
import org.pf4j.Extension;

/**
 * A plugin that keeps personal data of its own (a notebook per person, here only pretended) and so implements the
 * privacy extension point: it hands over its note for a person, and when asked to forget one it leaves a mark the
 * platform's tests can see (a system property), since the person is gone afterwards.
 */
@Extension
public class NotebookPersonalData implements PersonalDataProvider {

    /** Set to "forgotten" for {@code kring.test.notebook.<personRef>} once the plugin erased that person. */
    public static final String ERASED = "kring.test.notebook.";

    @Override
    public List<Map<String, Object>> exportPersonalData(String personRef) {
        return List.of(Map.of("notebook", "notes kept by the test plugin for " + personRef));
    }

    @Override
    public void erasePersonalData(String personRef) {
        System.setProperty(ERASED + personRef, "forgotten");
    }
}
