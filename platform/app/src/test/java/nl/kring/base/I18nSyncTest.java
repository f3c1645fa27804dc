package nl.kring.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every UI text exists in Dutch and English, and every key the code asks for exists (spring-petclinic style). */
class I18nSyncTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([a-z0-9.-]+)\"\\s*[,)]");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties nl = load("nl");
        Properties en = load("en");

        assertThat(new TreeSet<>(nl.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(nl.stringPropertyNames()).allSatisfy(key -> assertThat(nl.getProperty(key)).isNotBlank());
        assertThat(en.stringPropertyNames()).allSatisfy(key -> assertThat(en.getProperty(key)).isNotBlank());
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Properties en = load("en");

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(en.stringPropertyNames()).contains(key));
    }

    @Test
    void everyKeyBuiltFromAnEnumIsTranslated() throws IOException {
        Properties en = load("en");
        Set<String> built = new TreeSet<>();
        for (nl.kring.plugin.PluginAction action : nl.kring.plugin.PluginAction.values()) {
            built.add("audit.action." + action.name());
        }
        for (nl.kring.plugin.InstallPlan.Kind kind : nl.kring.plugin.InstallPlan.Kind.values()) {
            built.add("plugins.plan.kind." + kind.name());
        }
        for (nl.kring.coursekit.CourseDiff.Kind kind : nl.kring.coursekit.CourseDiff.Kind.values()) {
            built.add("plugins.diff." + kind.name());
        }

        assertThat(built).allSatisfy(key -> assertThat(en.stringPropertyNames()).contains(key));
    }

    @Test
    void theProviderFormatsParametersAndPicksDutchForEveryDutchVariant() {
        KringI18NProvider provider = new KringI18NProvider();

        assertThat(provider.getTranslation("course.progress", Locale.forLanguageTag("nl-BE"), 1, 4, 25))
                .isEqualTo("1 van 4 lessen gedaan (25%)");
        assertThat(provider.getTranslation("catalog.count", Locale.forLanguageTag("en-US"), 2)).isEqualTo("2 courses");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nSyncTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
