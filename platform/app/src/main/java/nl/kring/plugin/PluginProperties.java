package nl.kring.plugin;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param dir             where installed plugin jars are cached for PF4J ({@code kring.plugins.dir}); the database
 *                        holds the jars themselves
 * @param bundledDir      plugin jars shipped with this build, installed at start when missing or newer; empty for none
 * @param maxUploadSize   the largest plugin jar a trainer may upload
 * @param maxUnpackedSize the most a jar may unpack to (zip-bomb guard)
 */
@ConfigurationProperties("kring.plugins")
record PluginProperties(Path dir, Path bundledDir,
                        @DefaultValue("25MB") DataSize maxUploadSize,
                        @DefaultValue("200MB") DataSize maxUnpackedSize) {
}
