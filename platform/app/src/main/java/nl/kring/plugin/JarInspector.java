package nl.kring.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Looks inside an uploaded jar before anything else touches it: size, zip bombs (total and per-entry
 * expansion), path traversal and absolute names, duplicate entries, and a manifest that names the plugin.
 * Reads the archive as a stream, counting the bytes it actually inflates, so a lying header cannot fool it.
 */
final class JarInspector {

    /** What a jar says about itself once it passed the safety checks. */
    record Inspection(String pluginId, String version, String requires, String dependencies, String sha256, boolean containsCode) {
    }

    /** Plugin ids and versions name files in the plugins folder: plain names only (no paths, no spaces). */
    private static final java.util.regex.Pattern PLUGIN_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]{0,39}");

    private final long maxJarBytes;
    private final long maxUnpackedBytes;
    private final int maxEntries;
    private final int maxRatio;

    JarInspector(long maxJarBytes, long maxUnpackedBytes, int maxEntries, int maxRatio) {
        this.maxJarBytes = maxJarBytes;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxEntries = maxEntries;
        this.maxRatio = maxRatio;
    }

    /** @throws PluginRejectedException with a message that says what is wrong and what to do */
    Inspection inspect(byte[] jar) {
        if (jar.length == 0) {
            throw new PluginRejectedException("the file is empty");
        }
        if (jar.length > maxJarBytes) {
            throw new PluginRejectedException("the file is " + megabytes(jar.length) + ", more than the limit of "
                    + megabytes(maxJarBytes) + "; course media should be compressed images, not video");
        }
        Manifest manifest = null;
        long unpacked = 0;
        int entries = 0;
        Set<String> names = new HashSet<>();
        boolean code = false;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > maxEntries) {
                    throw new PluginRejectedException("the jar has more than " + maxEntries + " files");
                }
                String name = entry.getName();
                checkName(name);
                if (!names.add(name)) {
                    throw new PluginRejectedException("the jar contains '" + name + "' twice");
                }
                // Code comes only from classes or nested jars in the plugin (a Plugin-Class can only name what is there, or
                // the platform's own org.pf4j.Plugin as course plugins do).
                code |= name.endsWith(".class") || name.endsWith(".jar");
                long entryBytes = 0;
                int read;
                java.io.ByteArrayOutputStream manifestBytes = JarFile.MANIFEST_NAME.equalsIgnoreCase(name)
                        ? new java.io.ByteArrayOutputStream() : null;
                while ((read = zip.read(buffer)) > 0) {
                    entryBytes += read;
                    unpacked += read;
                    if (unpacked > maxUnpackedBytes) {
                        throw new PluginRejectedException("the jar unpacks to more than " + megabytes(maxUnpackedBytes)
                                + " (a zip bomb?)");
                    }
                    if (manifestBytes != null) {
                        manifestBytes.write(buffer, 0, read);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && entryBytes / compressed > maxRatio && entryBytes > 1024 * 1024) {
                    throw new PluginRejectedException("'" + name + "' expands " + (entryBytes / compressed)
                            + " times (a zip bomb?)");
                }
                if (manifestBytes != null) {
                    manifest = new Manifest(new ByteArrayInputStream(manifestBytes.toByteArray()));
                }
            }
        } catch (ZipException e) {
            throw new PluginRejectedException("the file is not a valid jar (zip): " + e.getMessage());
        } catch (IOException e) {
            throw new PluginRejectedException("the file cannot be read as a jar: " + e.getMessage());
        }
        if (entries == 0) {
            throw new PluginRejectedException("the file is not a jar (no entries)");
        }
        if (manifest == null) {
            throw new PluginRejectedException("the jar has no META-INF/MANIFEST.MF; build it with ./mvnw install");
        }
        Attributes main = manifest.getMainAttributes();
        String pluginId = main.getValue("Plugin-Id");
        String version = main.getValue("Plugin-Version");
        if (pluginId == null || pluginId.isBlank() || version == null || version.isBlank()) {
            throw new PluginRejectedException("the manifest has no Plugin-Id and Plugin-Version: this is not a Kring plugin");
        }
        if (!PLUGIN_ID.matcher(pluginId.trim()).matches()) {
            throw new PluginRejectedException("the Plugin-Id '" + pluginId.trim() + "' may only have lower-case letters, digits,"
                    + " '.', '_' and '-' (at most 100)");
        }
        if (!VERSION.matcher(version.trim()).matches()) {
            throw new PluginRejectedException("the Plugin-Version '" + version.trim() + "' is not a version such as 1.2.0");
        }
        String requires = main.getValue("Plugin-Requires");
        String dependencies = main.getValue("Plugin-Dependencies");
        return new Inspection(pluginId.trim(), version.trim(), requires == null ? "*" : requires.trim(),
                dependencies == null ? "" : dependencies.trim(), sha256(jar), code);
    }

    private static void checkName(String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || name.contains("\\")
                || ("/" + normalized + "/").contains("/../") || name.indexOf('\0') >= 0) {
            throw new PluginRejectedException("the jar contains an unsafe path '" + name + "'");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
