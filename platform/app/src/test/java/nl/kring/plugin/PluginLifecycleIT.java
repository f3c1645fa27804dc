package nl.kring.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.kring.catalog.CatalogService;
import nl.kring.coursekit.CourseDiff;
import nl.kring.learning.LearningService;
import nl.kring.support.TestJars;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Installing, upgrading, downgrading, disabling, exporting and uninstalling course plugins at runtime, with real
 * jars built from the bundled course folder, against a real database. Each test upgrades to a fresh version number,
 * so the tests do not depend on their order.
 */
@SpringBootTest
@ActiveProfiles("demo")
class PluginLifecycleIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(false);
    private static final String PLUGIN = "course-naasten-betrekken";
    private static final String COURSE = "naasten-betrekken";
    private static final AtomicInteger MINOR = new AtomicInteger(1);

    @Autowired
    PluginLifecycle lifecycle;

    @Autowired
    CatalogService catalog;

    @Autowired
    LearningService learning;

    @Autowired
    PluginHost host;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
        registry.add("kring.plugins.max-upload-size", () -> "2MB");
        registry.add("kring.plugins.max-unpacked-size", () -> "8MB");
    }

    private static String nextVersion() {
        return "1." + MINOR.incrementAndGet() + ".0";
    }

    private String installedVersion() {
        return asTrainer(() -> lifecycle.overview()).stream().filter(o -> o.status().pluginId().equals(PLUGIN)).findFirst()
                .orElseThrow().status().version();
    }

    @Test
    @WithUserDetails("trainer")
    void trainersInstallCoursesButOnlyAdministratorsInstallPluginsWithCode() throws Exception {
        Path activity;
        try (var jars = Files.list(TestPlugins.coursePlugins())) {
            activity = jars.filter(p -> p.getFileName().toString().startsWith("activity-roleplay-")).findFirst().orElseThrow();
        }

        InstallPlan plan = lifecycle.prepare(Files.readAllBytes(activity), activity.getFileName().toString());

        assertThat(plan.containsCode()).isTrue();
        assertThat(plan.blockers()).contains("it contains Java code, which runs inside Kring: only an administrator can install it");
        assertThatThrownBy(() -> lifecycle.install(plan)).isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("only an administrator can install it");
    }

    @Test
    @WithUserDetails("lead")
    void anUpgradeShowsItsDiffAndKeepsLearnersProgressForLessonsThatStillExist() {
        String before = installedVersion();
        learning.markDone(COURSE, "waarom-steun", before);
        learning.markDone(COURSE, "naastengerichte-zorg", before);
        String version = nextVersion();
        byte[] jar = TestJars.course(version, folder -> {
            TestJars.replace(folder.resolve("lessons/01-waarom-steun.nl.md"), "title: \"", "title: \"Nieuw: ");
            deleteLesson(folder, "04-naastengerichte-zorg");
            try {
                Files.delete(folder.resolve("quizzes/toets.yaml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        InstallPlan plan = asTrainer(() -> lifecycle.prepare(jar, "upgrade.jar"));

        assertThat(plan.kind()).isEqualTo(InstallPlan.Kind.UPGRADE);
        assertThat(plan.canInstall(false)).isTrue();
        CourseDiff diff = plan.diff().orElseThrow();
        assertThat(diff.changes()).extracting(Object::toString)
                .contains("changed lesson waarom-steun", "removed lesson naastengerichte-zorg", "removed quiz toets-basis");
        assertThat(plan.problems()).extracting(Object::toString)
                .anySatisfy(p -> assertThat(p).contains("lesson 'naastengerichte-zorg' is removed"));

        PluginStatus status = asTrainer(() -> lifecycle.install(plan));

        assertThat(status.state()).isEqualTo(PluginStatus.State.ACTIVE);
        assertThat(status.version()).isEqualTo(version);
        assertThat(catalog.outline(COURSE, Locale.forLanguageTag("nl")).orElseThrow().lessons())
                .extracting(l -> l.title()).first().asString().startsWith("Nieuw: ");
        var progress = learning.progress(COURSE, Locale.ENGLISH);
        assertThat(progress.isDone("waarom-steun")).isTrue();
        assertThat(progress.total()).isEqualTo(3);
        assertThat(asTrainer(() -> lifecycle.auditLog(5))).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(PluginAction.UPGRADE);
            assertThat(entry.actor()).isEqualTo("trainer");
            assertThat(entry.version()).isEqualTo(version);
            assertThat(entry.detail()).startsWith("from " + before + "; uploaded as upgrade.jar; sha256 ");
        });
    }

    @Test
    @WithUserDetails("trainer")
    void aDowngradeIsRefusedUnlessAnAdministratorForcesIt() {
        byte[] newer = TestJars.course(nextVersion(), folder -> { });
        lifecycle.install(lifecycle.prepare(newer, "newer.jar"));
        byte[] older = TestJars.course("1.0.1", folder -> { });

        InstallPlan plan = lifecycle.prepare(older, "older.jar");

        assertThat(plan.kind()).isEqualTo(InstallPlan.Kind.DOWNGRADE);
        assertThat(plan.canInstall(false)).isFalse();
        assertThat(plan.canInstall(true)).isTrue();
        assertThatThrownBy(() -> lifecycle.install(plan)).isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("only an administrator can force a downgrade");
        assertThatThrownBy(() -> lifecycle.installForced(plan)).isInstanceOf(AccessDeniedException.class);

        PluginStatus forced = asAdmin(() -> lifecycle.installForced(plan));

        assertThat(forced.version()).isEqualTo("1.0.1");
        assertThat(lifecycle.auditLog(1).get(0).action()).isEqualTo(PluginAction.DOWNGRADE);
    }

    @Test
    @WithUserDetails("trainer")
    void theSameVersionWithOtherContentIsRefused() {
        String version = nextVersion();
        lifecycle.install(lifecycle.prepare(TestJars.course(version, folder -> { }), "a.jar"));
        byte[] changed = TestJars.course(version, folder ->
                TestJars.replace(folder.resolve("lessons/01-waarom-steun.en.md"), "title: \"", "title: \"Changed: "));

        InstallPlan plan = lifecycle.prepare(changed, "b.jar");

        assertThat(plan.kind()).isEqualTo(InstallPlan.Kind.SAME_VERSION);
        assertThat(plan.reasons()).containsExactly("version " + version
                + " is installed with other content; raise the version in course.yaml");
        assertThat(plan.canInstall(true)).isFalse();
    }

    @Test
    @WithUserDetails("trainer")
    void brokenContentIsReportedWithFileAndLineAndNotInstalled() {
        String before = installedVersion();
        byte[] broken = TestJars.course(nextVersion(), folder ->
                TestJars.replace(folder.resolve("lessons/02-wat-naasten-doormaken.en.md"), "module: waarom", "module: elders"));

        InstallPlan plan = lifecycle.prepare(broken, "broken.jar");

        assertThat(plan.canInstall(true)).isFalse();
        assertThat(plan.problems()).extracting(Object::toString)
                .contains("lessons/02-wat-naasten-doormaken.en.md:4: unknown module 'elders' (modules in course.yaml: waarom, in-de-praktijk)");
        assertThatThrownBy(() -> lifecycle.install(plan)).isInstanceOf(PluginRejectedException.class);
        assertThat(installedVersion()).isEqualTo(before);
        assertThat(lifecycle.auditLog(1).get(0).action()).isEqualTo(PluginAction.REFUSE);
    }

    @Test
    @WithUserDetails("trainer")
    void hostileAndCorruptUploadsAreRefusedWithAClearReason() {
        Map<String, byte[]> traversal = new LinkedHashMap<>();
        traversal.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nPlugin-Id: course-x\nPlugin-Version: 1.0.0\n\n".getBytes());
        traversal.put("course/../../evil.sh", "rm -rf /".getBytes());
        Map<String, byte[]> bomb = Map.of("course/zeros.txt", new byte[9 * 1024 * 1024]);

        assertThatThrownBy(() -> lifecycle.prepare(TestJars.zip(traversal), "traversal.jar"))
                .hasMessage("the jar contains an unsafe path 'course/../../evil.sh'");
        assertThatThrownBy(() -> lifecycle.prepare(TestJars.zip(bomb), "bomb.jar"))
                .hasMessageContaining("unpacks to more than 8.0 MB (a zip bomb?)");
        assertThatThrownBy(() -> lifecycle.prepare("not a zip".getBytes(), "junk.jar"))
                .hasMessage("the file is not a jar (no entries)");
        assertThatThrownBy(() -> lifecycle.prepare(new byte[3 * 1024 * 1024], "huge.jar"))
                .hasMessageContaining("more than the limit of 2.0 MB");
        assertThatThrownBy(() -> lifecycle.prepare(TestJars.zip(Map.of("a.txt", new byte[1])), "plain.jar"))
                .hasMessageContaining("no META-INF/MANIFEST.MF");
        assertThat(lifecycle.auditLog(5)).extracting(PluginAuditRecord::action).containsOnly(PluginAction.REFUSE);
        assertThat(catalog.courses(Locale.ENGLISH, Optional.empty())).extracting(c -> c.id())
                .containsExactlyInAnyOrderElementsOf(TestPlugins.bundledCourseIds());
    }

    @Test
    @WithUserDetails("trainer")
    void aCourseNeedingAMissingPluginCannotBeInstalled() {
        byte[] jar = TestJars.course(nextVersion(), folder -> TestJars.replace(folder.resolve("course.yaml"),
                "activity-genogram: \">=1.0.0\"", "activity-genogram: \">=1.0.0\"\n  activity-video: \">=1.0.0\""));

        InstallPlan plan = lifecycle.prepare(jar, "needs-video.jar");

        assertThat(plan.reasons()).contains(
                "needs plugin activity-video (>=1.0.0), which is not installed; install or enable it first");
    }

    @Test
    @WithUserDetails("trainer")
    void disableRemovesTheCourseFromTheCatalogAndEnableBringsItBack() {
        lifecycle.disable(PLUGIN);

        assertThat(catalog.outline(COURSE, Locale.ENGLISH)).isEmpty();
        assertThat(lifecycle.overview()).filteredOn(o -> o.status().pluginId().equals(PLUGIN))
                .singleElement().satisfies(o -> assertThat(o.status().state()).isEqualTo(PluginStatus.State.DISABLED));

        lifecycle.enable(PLUGIN);

        assertThat(catalog.outline(COURSE, Locale.ENGLISH)).isPresent();
        assertThat(lifecycle.auditLog(2)).extracting(PluginAuditRecord::action)
                .containsExactly(PluginAction.ENABLE, PluginAction.DISABLE);
    }

    @Test
    @WithUserDetails("trainer")
    void exportThenImportThenExportGivesTheSameBytes() {
        byte[] first = lifecycle.export(PLUGIN);
        String hash = JarInspector.sha256(first);

        lifecycle.uninstall(PLUGIN);
        assertThat(catalog.outline(COURSE, Locale.ENGLISH)).isEmpty();
        lifecycle.install(lifecycle.prepare(first, "exported.jar"));

        assertThat(JarInspector.sha256(lifecycle.export(PLUGIN))).isEqualTo(hash);
        assertThat(catalog.outline(COURSE, Locale.ENGLISH)).isPresent();
    }

    @Test
    @WithUserDetails("learner")
    void uninstallKeepsProgressAndAReinstallBringsItBack() {
        assertThat(learning.progress(COURSE, Locale.ENGLISH).isDone("waarom-steun")).isTrue();
        byte[] jar = asTrainer(() -> lifecycle.export(PLUGIN));

        asTrainer(() -> {
            lifecycle.uninstall(PLUGIN);
            return null;
        });
        assertThat(learning.myCourses(Locale.ENGLISH)).isEmpty();
        asTrainer(() -> lifecycle.install(lifecycle.prepare(jar, "again.jar")));

        assertThat(learning.progress(COURSE, Locale.ENGLISH).isDone("waarom-steun")).isTrue();
    }

    @Test
    @WithUserDetails("trainer")
    void aRestartComesBackToTheStoredStateEvenWithoutTheCachedJars() throws Exception {
        String version = nextVersion();
        lifecycle.install(lifecycle.prepare(TestJars.course(version, folder -> { }), "restart.jar"));
        host.deactivate(PLUGIN);
        try (var jars = Files.list(PLUGINS)) {
            for (Path jar : jars.toList()) {
                Files.delete(jar);
            }
        }

        lifecycle.startUp();

        assertThat(installedVersion()).isEqualTo(version);
        assertThat(catalog.outline(COURSE, Locale.ENGLISH)).isPresent();
        assertThat(Files.exists(PLUGINS.resolve(PLUGIN + "-" + version + ".jar"))).isTrue();
    }

    @Test
    @WithUserDetails("learner")
    void learnersCannotInstallAnything() {
        assertThatThrownBy(() -> lifecycle.prepare(new byte[] {1}, "x.jar")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.disable(PLUGIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.export(PLUGIN)).isInstanceOf(AccessDeniedException.class);
    }

    private static void deleteLesson(Path folder, String name) {
        try {
            Files.delete(folder.resolve("lessons/" + name + ".nl.md"));
            Files.delete(folder.resolve("lessons/" + name + ".en.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T asTrainer(Supplier<T> action) {
        return RunAs.user("trainer", "TRAINER", action);
    }

    private static <T> T asAdmin(Supplier<T> action) {
        return RunAs.user("admin", "ADMIN", action);
    }

    /** Runs a piece of a test as another user, then restores the signed-in test user. */
    static final class RunAs {
        static <T> T user(String name, String role, Supplier<T> action) {
            SecurityContext context = SecurityContextHolder.getContext();
            Authentication previous = context.getAuthentication();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + role))));
            try {
                return action.get();
            } finally {
                context.setAuthentication(previous);
            }
        }
    }
}
