package nl.kring.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text, from {@code vaadin-i18n/translations_<lang>.properties}. Dutch and English are complete
 * (I18nSyncTest checks that every key exists in both); a missing key shows as {@code !key} and is logged.
 */
@Component
public class KringI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger LOG = LoggerFactory.getLogger(KringI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation '{}' for {}", key, supported);
            return "!" + key;
        }
    }

    /** The provided locale closest to {@code locale}: Dutch for any Dutch variant (nl-NL, nl-BE), else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    }
}
