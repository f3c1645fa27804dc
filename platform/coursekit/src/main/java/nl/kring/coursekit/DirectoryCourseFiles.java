package nl.kring.coursekit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A course folder on disk, as a trainer writes it under {@code content/<course>/}. */
public final class DirectoryCourseFiles implements CourseFiles {

    private final Path root;

    public DirectoryCourseFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String origin() {
        return root.toString();
    }

    @Override
    public List<String> list() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.contains("/."))
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
        Path file = root.resolve(safe.get()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }
}
