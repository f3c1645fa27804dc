package nl.kring.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Crafted jars against the signature check (ASVS V10.3.2, OWASP A08): a real course plugin, unsigned, signed with a
 * trusted key, with an unknown key, and signed and then altered — a lesson changed, a file added, a file removed, the
 * manifest's version raised.
 */
class PluginSignaturesTest {

    @TempDir
    static Path keys;

    static Path trusted;
    static Path course;
    static Path signedTrusted;
    static Path signedUntrusted;

    @BeforeAll
    static void makeKeysAndSignACourse() throws Exception {
        Path keystores = Files.createDirectories(keys.resolve("keystores"));
        trusted = Files.createDirectories(keys.resolve("trusted"));
        Keys.generate(keystores.resolve("trainers.p12"), "CN=Kring trainers, O=Test");
        Keys.generate(keystores.resolve("stranger.p12"), "CN=Someone else");
        Keys.exportCertificate(keystores.resolve("trainers.p12"), trusted.resolve("trainers.pem"));
        course = Files.list(TestPlugins.coursePlugins()).filter(p -> p.getFileName().toString().startsWith("course-genogram"))
                .findFirst().orElseThrow();
        signedTrusted = Keys.sign(course, keystores.resolve("trainers.p12"), keys.resolve("trusted-signed.jar"));
        signedUntrusted = Keys.sign(course, keystores.resolve("stranger.p12"), keys.resolve("stranger-signed.jar"));
    }

    private static PluginSignatures signatures(PluginProperties.SignaturePolicy policy) {
        return new PluginSignatures(new PluginProperties(keys, null, DataSize.ofMegabytes(25), DataSize.ofMegabytes(200), policy, trusted));
    }

    @Test
    void anUnsignedJarIsUnsignedAndRefusedOnlyWhenSignaturesAreRequired() {
        assertThat(signatures(PluginProperties.SignaturePolicy.OPTIONAL).check(course).state()).isEqualTo(PluginSignatures.State.UNSIGNED);
        assertThat(signatures(PluginProperties.SignaturePolicy.OPTIONAL).refusal(course)).isEmpty();
        assertThat(signatures(PluginProperties.SignaturePolicy.REQUIRED).refusal(course)).hasValueSatisfying(reason ->
                assertThat(reason).isEqualTo("signatures are required and this plugin is not signed"));
    }

    @Test
    void aJarSignedWithATrustedKeyIsAccepted() {
        PluginSignatures.Verdict verdict = signatures(PluginProperties.SignaturePolicy.REQUIRED).check(signedTrusted);

        assertThat(verdict.state()).isEqualTo(PluginSignatures.State.TRUSTED);
        assertThat(verdict.describe()).isEqualTo("signed by CN=Kring trainers,O=Test (a trusted key)");
        assertThat(signatures(PluginProperties.SignaturePolicy.REQUIRED).refusal(signedTrusted)).isEmpty();
    }

    @Test
    void aJarSignedWithAnUnknownKeyIsNotTrusted() {
        PluginSignatures.Verdict verdict = signatures(PluginProperties.SignaturePolicy.REQUIRED).check(signedUntrusted);

        assertThat(verdict.state()).isEqualTo(PluginSignatures.State.UNTRUSTED);
        assertThat(verdict.describe()).startsWith("signed by CN=Someone else, a key that is not trusted here (certificate SHA-256 ");
        assertThat(signatures(PluginProperties.SignaturePolicy.REQUIRED).refusal(signedUntrusted)).isPresent();
    }

    @Test
    void aLessonChangedAfterSigningMakesTheSignatureInvalid() throws IOException {
        Path altered = rewrite(signedTrusted, "lesson-changed.jar", (name, bytes) -> name.endsWith(".md") && name.contains("lessons/")
                ? (new String(bytes) + "\n\n<script>alert(1)</script>\n").getBytes() : bytes);

        PluginSignatures.Verdict verdict = signatures(PluginProperties.SignaturePolicy.REQUIRED).check(altered);

        assertThat(verdict.state()).isEqualTo(PluginSignatures.State.INVALID);
        assertThat(verdict.detail()).endsWith("was changed after signing");
    }

    @Test
    void aFileAddedAfterSigningMakesTheSignatureInvalid() throws IOException {
        Path added = Files.createTempFile(keys, "added", ".jar");
        copy(signedTrusted, added, (name, bytes) -> bytes, List.of("course/lessons/99-extra.md"));

        PluginSignatures.Verdict verdict = signatures(PluginProperties.SignaturePolicy.REQUIRED).check(added);

        assertThat(verdict.state()).isEqualTo(PluginSignatures.State.INVALID);
        assertThat(verdict.detail()).isEqualTo("'course/lessons/99-extra.md' was added after signing");
    }

    @Test
    void aFileRemovedAfterSigningMakesTheSignatureInvalid() throws IOException {
        Path removed = rewrite(signedTrusted, "removed.jar", (name, bytes) -> name.endsWith("course.yaml") ? null : bytes);

        PluginSignatures.Verdict verdict = signatures(PluginProperties.SignaturePolicy.REQUIRED).check(removed);

        assertThat(verdict.state()).isEqualTo(PluginSignatures.State.INVALID);
        assertThat(verdict.detail()).endsWith("course.yaml' was removed after signing");
    }

    @Test
    void aManifestChangedAfterSigningMakesTheSignatureInvalid() throws IOException {
        Path raised = rewrite(signedTrusted, "version-raised.jar", (name, bytes) -> name.equals("META-INF/MANIFEST.MF")
                ? new String(bytes).replaceFirst("Plugin-Version: [^\\r\\n]+", "Plugin-Version: 99.0.0").getBytes() : bytes);

        assertThat(signatures(PluginProperties.SignaturePolicy.REQUIRED).check(raised).state())
                .isNotEqualTo(PluginSignatures.State.TRUSTED);
    }

    /** A copy of {@code jar} with each entry's bytes passed through {@code change} ({@code null}: left out). */
    private static Path rewrite(Path jar, String name, BiFunction<String, byte[], byte[]> change) throws IOException {
        Path target = keys.resolve(name);
        copy(jar, target, change, List.of());
        return target;
    }

    private static void copy(Path jar, Path target, BiFunction<String, byte[], byte[]> change, List<String> extra) throws IOException {
        try (JarFile in = new JarFile(jar.toFile(), false); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (InputStream stream = in.getInputStream(entry)) {
                    stream.transferTo(bytes);
                }
                byte[] changed = change.apply(entry.getName(), bytes.toByteArray());
                if (changed != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(changed);
                }
            }
            for (String added : extra) {
                out.putNextEntry(new ZipEntry(added));
                out.write("# Extra\n\nNot signed.\n".getBytes());
            }
        }
    }
}
