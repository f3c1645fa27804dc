package nl.kring.coursekit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import nl.kring.api.KringApi;

/** The course folder inside a course plugin jar ({@value KringApi#COURSE_FOLDER_IN_JAR}). */
public final class JarCourseFiles implements CourseFiles {

    private static final String PREFIX = KringApi.COURSE_FOLDER_IN_JAR;
    private final Path jar;

    public JarCourseFiles(Path jar) {
        this.jar = jar;
    }

    @Override
    public String origin() {
        return jar.toString();
    }

    @Override
    public List<String> list() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return Collections.list(zip.entries()).stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX))
                    .map(e -> e.getName().substring(PREFIX.length()))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Optional<String> safe = CourseFiles.safePath(path);
        if (safe.isEmpty()) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(PREFIX + safe.get());
            if (entry == null || entry.isDirectory()) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }
    }
}
