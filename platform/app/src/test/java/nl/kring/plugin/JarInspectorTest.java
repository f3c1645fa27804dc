package nl.kring.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.kring.support.TestJars;
import org.junit.jupiter.api.Test;

class JarInspectorTest {

    private static final byte[] MANIFEST = ("Manifest-Version: 1.0\nPlugin-Id: course-x\nPlugin-Version: 1.2.3\n"
            + "Plugin-Requires: >=1.0.0\nPlugin-Dependencies: activity-a@>=1.0.0\n\n").getBytes();
    private final JarInspector inspector = new JarInspector(1024 * 1024, 4 * 1024 * 1024, 50, 100);

    @Test
    void readsTheManifestOfASafeJar() throws IOException {
        JarInspector.Inspection inspection = inspector.inspect(zip(Map.of("META-INF/MANIFEST.MF", MANIFEST,
                "course/course.yaml", "id: x".getBytes())));

        assertThat(inspection.pluginId()).isEqualTo("course-x");
        assertThat(inspection.version()).isEqualTo("1.2.3");
        assertThat(inspection.requires()).isEqualTo(">=1.0.0");
        assertThat(inspection.dependencies()).isEqualTo("activity-a@>=1.0.0");
        assertThat(inspection.sha256()).hasSize(64);
    }

    @Test
    void refusesPluginIdsAndVersionsThatAreNotPlainNames() {
        for (String[] idAndVersion : new String[][] {{"../../evil", "1.0.0"}, {"course-x/../../y", "1.0.0"}, {"Course X", "1.0.0"},
                {"course-x", "../1"}, {"course-x", "1.0/../../x"}, {"course-x", "1.0 beta"}}) {
            byte[] manifest = ("Manifest-Version: 1.0\nPlugin-Id: " + idAndVersion[0] + "\nPlugin-Version: " + idAndVersion[1] + "\n\n")
                    .getBytes();
            assertThatThrownBy(() -> inspector.inspect(zip(Map.of("META-INF/MANIFEST.MF", manifest, "course/course.yaml", new byte[1]))),
                    String.join(" ", idAndVersion)).isInstanceOf(PluginRejectedException.class)
                    .hasMessageContaining(idAndVersion[0].startsWith("course-x") && !idAndVersion[0].contains("/") ? "Plugin-Version" : "Plugin-Id");
        }
    }

    @Test
    void tellsCodeFromData() throws IOException {
        assertThat(inspector.inspect(zip(Map.of("META-INF/MANIFEST.MF", MANIFEST, "course/course.yaml", new byte[1]))).containsCode())
                .isFalse();
        assertThat(inspector.inspect(zip(Map.of("META-INF/MANIFEST.MF", MANIFEST, "course/x/Evil.class", new byte[1]))).containsCode())
                .isTrue();
        assertThat(inspector.inspect(zip(Map.of("META-INF/MANIFEST.MF", MANIFEST, "lib/evil.jar", new byte[1]))).containsCode())
                .isTrue();
        byte[] coursePlugin = ("Manifest-Version: 1.0\nPlugin-Id: course-x\nPlugin-Version: 1.0.0\nPlugin-Class: org.pf4j.Plugin\n\n").getBytes();
        assertThat(inspector.inspect(zip(Map.of("META-INF/MANIFEST.MF", coursePlugin, "course/course.yaml", new byte[1])))
                .containsCode()).as("a course names the platform's own plugin class: still data only").isFalse();
    }

    @Test
    void refusesUnsafePaths() {
        for (String name : new String[] {"../evil", "course/../../evil", "/etc/passwd", "C:/evil", "course\\..\\evil"}) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("META-INF/MANIFEST.MF", MANIFEST);
            entries.put(name, new byte[1]);
            assertThatThrownBy(() -> inspector.inspect(zip(entries)), name).hasMessageContaining("unsafe path");
        }
    }

    @Test
    void refusesJarsThatUnpackToMoreThanTheLimitInTotal() {
        JarInspector generous = new JarInspector(16 * 1024 * 1024, 4 * 1024 * 1024, 50, 100);
        java.util.Random random = new java.util.Random(42);
        byte[] a = new byte[3 * 1024 * 1024];
        byte[] b = new byte[3 * 1024 * 1024];
        random.nextBytes(a);
        random.nextBytes(b);
        Map<String, byte[]> large = new LinkedHashMap<>();
        large.put("META-INF/MANIFEST.MF", MANIFEST);
        large.put("course/a.bin", a);
        large.put("course/b.bin", b);

        assertThatThrownBy(() -> generous.inspect(zip(large))).hasMessageContaining("unpacks to more than 4.0 MB");
    }

    @Test
    void refusesAnEntryThatExpandsFarBeyondItsCompressedSize() {
        JarInspector strict = new JarInspector(1024 * 1024, 64 * 1024 * 1024, 50, 100);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", MANIFEST);
        entries.put("course/zeros.bin", new byte[8 * 1024 * 1024]);

        assertThatThrownBy(() -> strict.inspect(zip(entries))).hasMessageContaining("expands").hasMessageContaining("zip bomb");
    }

    @Test
    void refusesTooManyEntriesTooLargeFilesAndMissingDescriptors() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("META-INF/MANIFEST.MF", MANIFEST);
        for (int i = 0; i < 60; i++) {
            many.put("course/" + i + ".txt", new byte[1]);
        }
        assertThatThrownBy(() -> inspector.inspect(zip(many))).hasMessage("the jar has more than 50 files");
        assertThatThrownBy(() -> inspector.inspect(new byte[2 * 1024 * 1024])).hasMessageContaining("more than the limit of 1.0 MB");
        assertThatThrownBy(() -> inspector.inspect(new byte[0])).hasMessage("the file is empty");
        assertThatThrownBy(() -> inspector.inspect(zip(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n\n".getBytes()))))
                .hasMessageContaining("no Plugin-Id and Plugin-Version");
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        return TestJars.zip(entries);
    }
}
