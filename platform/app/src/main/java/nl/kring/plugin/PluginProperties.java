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
 * @param signatures      {@code optional} (signatures are shown) or {@code required} (only jars signed by a trusted key
 *                        are loaded)
 * @param trustedKeys     a folder of X.509 certificates whose keys may sign plugins; none when not set
 */
@ConfigurationProperties("kring.plugins")
record PluginProperties(Path dir, Path bundledDir,
                        @DefaultValue("25MB") DataSize maxUploadSize,
                        @DefaultValue("200MB") DataSize maxUnpackedSize,
                        @DefaultValue("optional") SignaturePolicy signatures,
                        Path trustedKeys) {

    /** Whether plugins must be signed by a trusted key. */
    enum SignaturePolicy { OPTIONAL, REQUIRED }
}
