package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.kring.coursekit.CourseCheck;
import nl.kring.coursekit.CourseReader;
import nl.kring.coursekit.DirectoryCourseFiles;
import nl.kring.coursekit.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Live preview for trainers: with {@code --kring.content.dev=content/} Kring shows the course folders themselves
 * (in place of installed courses with the same id) and re-reads a course as soon as a file in it is saved, so an
 * open lesson refreshes while the trainer writes. A save that breaks the course keeps the last good version on
 * screen and lists the problems on the Plugins page.
 */
@Component
@Order(1)
class LivePreview implements ApplicationRunner, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LivePreview.class);
    private static final long SETTLE_MILLIS = 80;
    private final Path root;
    private final PluginHost host;
    private final CourseReader reader;
    private final Map<Path, AtomicInteger> revisions = new ConcurrentHashMap<>();
    private WatchService watcher;
    private Thread thread;

    LivePreview(@Value("${kring.content.dev:}") String contentDir, PluginHost host, CourseReader reader) {
        this.root = contentDir.isBlank() ? null : Path.of(contentDir).toAbsolutePath().normalize();
        this.host = host;
        this.reader = reader;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (root == null) {
            return;
        }
        if (!Files.isDirectory(root)) {
            LOG.warn("Live preview: {} is not a folder; nothing to preview", root);
            return;
        }
        watcher = FileSystems.getDefault().newWatchService();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(CourseReader.COURSE_FILE))).sorted().toList()) {
                reload(folder);
            }
        }
        registerTree(root);
        thread = new Thread(this::watch, "kring-live-preview");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Live preview of {}: saving a file refreshes the course", root);
    }

    /** Re-reads one course folder; shows it when it reads cleanly, otherwise reports why and keeps the last good one. */
    void reload(Path folder) {
        long start = System.nanoTime();
        try {
            CourseCheck check = reader.check(new DirectoryCourseFiles(folder));
            String key = "preview:" + root.relativize(folder);
            if (check.course().isPresent()) {
                var course = check.course().get();
                int revision = revisions.computeIfAbsent(folder, f -> new AtomicInteger()).incrementAndGet();
                String version = course.descriptor().version() + "+preview." + revision;
                host.preview(new InstalledCourse(course.descriptor().pluginId(), version, new DirectoryCourseFiles(folder), course));
                host.recordPreview(key, version, folder, check.warnings().stream().map(Problem::toString)
                        .collect(Collectors.joining("; ")));
                LOG.info("Live preview: {} {} read in {} ms", course.descriptor().id(), version,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            } else {
                host.recordFailure(key, "", folder, "live preview keeps the last good version: "
                        + check.errors().stream().map(Problem::toString).collect(Collectors.joining("; ")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Live preview of {} failed: {}", folder, e.getMessage());
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed);
                // Editors save in several steps (temp file, rename); wait until the burst settles.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                changed.forEach(this::reload);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("Live preview stopped");
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    registerTree(path);
                }
                courseFolderOf(path).ifPresent(changed::add);
            }
        }
        key.reset();
    }

    private java.util.Optional<Path> courseFolderOf(Path path) {
        if (!path.startsWith(root) || path.equals(root)) {
            return java.util.Optional.empty();
        }
        Path folder = root.resolve(root.relativize(path).getName(0));
        return Files.isRegularFile(folder.resolve(CourseReader.COURSE_FILE)) ? java.util.Optional.of(folder)
                : java.util.Optional.empty();
    }

    private void registerTree(Path start) {
        try (Stream<Path> dirs = Files.walk(start)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            LOG.warn("Live preview cannot watch {}: {}", start, e.getMessage());
        }
    }

    @Override
    public void destroy() throws IOException {
        if (thread != null) {
            thread.interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
    }
}
