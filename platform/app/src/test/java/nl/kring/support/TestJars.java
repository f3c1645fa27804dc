package nl.kring.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.kring.coursekit.CompetenceFramework;
import nl.kring.coursekit.CourseDescriptor;
import nl.kring.coursekit.CoursePackager;
import nl.kring.coursekit.CourseReader;
import nl.kring.coursekit.DirectoryCourseFiles;
import nl.kring.coursekit.InvalidCourseException;

/** Builds plugin jars for tests the way a trainer would: copy the bundled course folder, edit it, package it. */
public final class TestJars {

    private TestJars() {
    }

    /** The bundled course as a jar of {@code version}, after {@code edit} changed the copied folder. */
    public static byte[] course(String version, Consumer<Path> edit) {
        try {
            Path folder = Files.createTempDirectory("kring-course-");
            copy(TestPlugins.contentFolder("naasten-betrekken"), folder);
            replace(folder.resolve("course.yaml"), "version: 1.0.0", "version: " + version);
            edit.accept(folder);
            DirectoryCourseFiles files = new DirectoryCourseFiles(folder);
            CourseDescriptor descriptor = new CourseReader(CompetenceFramework.standard()).readDescriptor(files);
            ByteArrayOutputStream jar = new ByteArrayOutputStream();
            CoursePackager.write(descriptor, files, jar);
            return jar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCourseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces text in a file of a copied course folder. */
    public static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip with exactly these entries, for hostile uploads (path traversal, bombs, no manifest). */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A copy of a bundled course folder under {@code parent}, for tests that edit it (live preview). */
    public static Path copyOfCourse(String course, Path parent) {
        try {
            Path target = Files.createDirectories(parent.resolve(course));
            copy(TestPlugins.contentFolder(course), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
