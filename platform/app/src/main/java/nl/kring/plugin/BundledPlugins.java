package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Installs the plugin jars that ship with this build: a bundled jar is copied into the plugins directory when
 * that plugin is missing there, older, or the same version with other bytes (a course rebuilt while authoring).
 * An installed newer version is never replaced by an older bundled one.
 */
@Component
class BundledPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(BundledPlugins.class);
    private final VersionManager versions = new DefaultVersionManager();

    record Descriptor(String pluginId, String version, Path jar) {
    }

    void installInto(Path bundledDir, Path pluginsDir) throws IOException {
        if (!Files.isDirectory(bundledDir)) {
            LOG.warn("Bundled plugins folder {} does not exist; no bundled courses installed (build them with ./mvnw install)",
                    bundledDir.toAbsolutePath());
            return;
        }
        Map<String, Descriptor> installed = new HashMap<>();
        try (Stream<Path> jars = Files.list(pluginsDir)) {
            jars.filter(BundledPlugins::isJar).forEach(jar -> describe(jar).ifPresent(d -> installed.put(d.pluginId(), d)));
        }
        try (Stream<Path> jars = Files.list(bundledDir)) {
            for (Path jar : jars.filter(BundledPlugins::isJar).sorted().toList()) {
                Optional<Descriptor> bundled = describe(jar);
                if (bundled.isPresent()) {
                    install(bundled.get(), installed.get(bundled.get().pluginId()), pluginsDir);
                } else {
                    LOG.warn("Bundled file {} is not a readable plugin jar; skipped", jar.getFileName());
                }
            }
        }
    }

    private void install(Descriptor bundled, Descriptor current, Path pluginsDir) throws IOException {
        Path target = pluginsDir.resolve(bundled.jar().getFileName());
        if (current != null) {
            int order = versions.compareVersions(bundled.version(), current.version());
            if (order < 0 || (order == 0 && sameBytes(bundled.jar(), current.jar()))) {
                return;
            }
            Files.delete(current.jar());
        }
        Files.copy(bundled.jar(), target, StandardCopyOption.REPLACE_EXISTING);
        LOG.info("Installed bundled plugin {} {}{}", bundled.pluginId(), bundled.version(),
                current == null ? "" : " (was " + current.version() + ")");
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    static Optional<Descriptor> describe(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                return Optional.empty();
            }
            Attributes main = file.getManifest().getMainAttributes();
            String id = main.getValue("Plugin-Id");
            String version = main.getValue("Plugin-Version");
            return id == null || version == null ? Optional.empty() : Optional.of(new Descriptor(id, version, jar));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
