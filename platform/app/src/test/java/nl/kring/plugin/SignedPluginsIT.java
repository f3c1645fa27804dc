package nl.kring.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Kring that requires signed plugins (ASVS V10.3.2, V14.2.4; OWASP A08): with crafted jars, only one signed by a
 * trusted key is installed; unsigned, unknown-key and altered jars are refused with the reason, and a refused jar's
 * code never runs — its class is not even loaded, at upload or when found in the plugins folder.
 */
@SpringBootTest
@ActiveProfiles("demo")
class SignedPluginsIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(false);
    private static final Path KEYS;
    private static final String LOADED = "kring.test.boom-plugin-loaded";

    static {
        try {
            KEYS = Files.createTempDirectory("kring-keys");
            Files.createDirectories(KEYS.resolve("trusted"));
            Keys.generate(KEYS.resolve("trainers.p12"), "CN=Kring trainers");
            Keys.generate(KEYS.resolve("stranger.p12"), "CN=Someone else");
            Keys.exportCertificate(KEYS.resolve("trainers.p12"), KEYS.resolve("trusted/trainers.pem"));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
        registry.add("kring.plugins.signatures", () -> "required");
        registry.add("kring.plugins.trusted-keys", () -> KEYS.resolve("trusted").toString());
    }

    @Autowired
    PluginLifecycle lifecycle;

    @Autowired
    PluginHost host;

    @Autowired
    SecurityLog log;

    @Test
    void theUnsignedBundledPluginsWereNotLoadedAtStart() {
        assertThat(host.isLoaded("course-craft")).isFalse();
        assertThat(host.isLoaded("course-naasten-betrekken")).isFalse();
        assertThat(host.isLoaded("activity-roleplay")).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void onlyAJarSignedByATrustedKeyIsInstalled() throws Exception {
        Path course = bundled("course-genogram");
        Path trusted = Keys.sign(course, KEYS.resolve("trainers.p12"), KEYS.resolve("genogram-trusted.jar"));
        Path stranger = Keys.sign(course, KEYS.resolve("stranger.p12"), KEYS.resolve("genogram-stranger.jar"));

        assertThatThrownBy(() -> lifecycle.prepare(Files.readAllBytes(course), "genogram.jar")).isInstanceOf(PluginRejectedException.class)
                .hasMessage("this Kring only installs plugins signed by a trusted key, and this one is not signed");
        assertThatThrownBy(() -> lifecycle.prepare(Files.readAllBytes(stranger), "genogram.jar")).isInstanceOf(PluginRejectedException.class)
                .hasMessageStartingWith("this Kring only installs plugins signed by a trusted key, and this one is signed by CN=Someone else,"
                        + " a key that is not trusted here");
        byte[] altered = alteredLesson(trusted);
        assertThatThrownBy(() -> lifecycle.prepare(altered, "genogram.jar")).isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("the signature is not valid").hasMessageContaining("was changed after signing");

        Path activity = Keys.sign(bundled("activity-genogram"), KEYS.resolve("trainers.p12"), KEYS.resolve("activity-trusted.jar"));
        lifecycle.install(lifecycle.prepare(Files.readAllBytes(activity), "activity-genogram.jar"));
        InstallPlan plan = lifecycle.prepare(Files.readAllBytes(trusted), "genogram.jar");
        assertThat(plan.signature()).isEqualTo("signed by CN=Kring trainers (a trusted key)");
        lifecycle.install(plan);

        assertThat(host.isLoaded("course-genogram")).isTrue();
        assertThat(host.course("genogram")).isPresent();
        assertThat(log.latest(1, 200)).filteredOn(e -> e.type() == SecurityEventType.PLUGIN_CHANGED)
                .extracting(e -> e.subject() + ": " + e.detail())
                .anySatisfy(line -> assertThat(line).startsWith("course-genogram: refuse").contains("not signed"))
                .anySatisfy(line -> assertThat(line).startsWith("course-genogram: install 1.0.0"));
    }

    @Test
    @WithUserDetails("admin")
    void aRefusedPluginsCodeIsNeverLoadedAtUploadNorFromThePluginsFolder() throws Exception {
        Path boom = boomPlugin(KEYS.resolve("boom.jar"));
        System.clearProperty(LOADED);

        assertThatThrownBy(() -> lifecycle.prepare(Files.readAllBytes(boom), "boom.jar")).hasMessageContaining("not signed");
        Path dropped = Files.copy(boom, PLUGINS.resolve("activity-boom-1.0.0.jar"));
        PluginStatus status = host.activate(dropped);

        assertThat(status.state()).isEqualTo(PluginStatus.State.FAILED);
        assertThat(status.problem()).isEqualTo("signatures are required and this plugin is not signed");
        assertThat(host.isLoaded("activity-boom")).isFalse();
        assertThat(System.getProperty(LOADED)).as("no class of the refused jar ran").isNull();

        // The same jar in a plain PF4J, without Kring's check: its class is loaded and runs — so the check above is real.
        Path elsewhere = Files.createDirectories(KEYS.resolve("plain-pf4j"));
        PluginManager plain = new DefaultPluginManager(elsewhere);
        String id = plain.loadPlugin(Files.copy(boom, elsewhere.resolve("boom.jar")));
        plain.startPlugin(id);
        try {
            assertThat(System.getProperty(LOADED)).isEqualTo("yes");
        } finally {
            plain.unloadPlugin(id);
            System.clearProperty(LOADED);
            Files.deleteIfExists(dropped);
        }
    }

    private static Path bundled(String pluginId) throws IOException {
        try (var jars = Files.list(TestPlugins.coursePlugins())) {
            return jars.filter(p -> p.getFileName().toString().startsWith(pluginId + "-")).findFirst().orElseThrow();
        }
    }

    /** The signed jar with one lesson changed afterwards: bytes a trainer did not sign. */
    private static byte[] alteredLesson(Path signed) throws IOException {
        Path target = KEYS.resolve("altered.jar");
        try (var in = new java.util.jar.JarFile(signed.toFile(), false);
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith("01-wat-en-waarom.nl.md")) {
                    bytes = (new String(bytes) + "\n<img src=x onerror=alert(1)>\n").getBytes();
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
        return Files.readAllBytes(target);
    }

    /** A code plugin whose class, once loaded, leaves a mark: a system property. Compiled here, with the JDK's compiler. */
    private static Path boomPlugin(Path jar) throws IOException {
        Path sources = Files.createDirectories(KEYS.resolve("boom-src/boom"));
        Files.writeString(sources.resolve("BoomPlugin.java"), """
                package boom;
                public class BoomPlugin extends org.pf4j.Plugin {
                    static { System.setProperty("%s", "yes"); }
                }
                """.formatted(LOADED));
        Path classes = Files.createDirectories(KEYS.resolve("boom-classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("BoomPlugin.java").toString());
        assertThat(result).as("the crafted plugin compiles").isZero();
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", "activity-boom");
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Class", "boom.BoomPlugin");
        main.putValue("Plugin-Requires", "*");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("boom/BoomPlugin.class"));
            out.write(Files.readAllBytes(classes.resolve("boom/BoomPlugin.class")));
        }
        return jar;
    }
}
