package nl.kring.plugin;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir        where installed plugin jars live ({@code kring.plugins.dir})
 * @param bundledDir plugin jars shipped with this build, copied into {@code dir} at start when newer or missing;
 *                   empty to ship none
 */
@ConfigurationProperties("kring.plugins")
record PluginProperties(Path dir, Path bundledDir) {
}
