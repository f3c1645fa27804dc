package nl.kring.team;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import nl.kring.base.KringTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports every team the signed-in user may see at once — all of a lead's teams, every team (or one department's)
 * for an administrator — as one workbook or CSV file with the department and team on every row. For an
 * organisation of thousands this takes seconds, so it reports its progress and can be cancelled.
 */
@Service
@PreAuthorize("hasAnyRole('TEAM_LEAD', 'ADMIN')")
public class TeamsExport {

    private final TeamAccess access;
    private final TeamOverviewService overviews;
    private final Clock clock;
    /** At most two exports at a time, so a row of clicks cannot take the server's cores from everyone else. */
    private final ExecutorService runner = Executors.newFixedThreadPool(2, new ExportThreads());

    private final SecurityContextHolderStrategy security;

    TeamsExport(TeamAccess access, TeamOverviewService overviews, Optional<Clock> clock,
                ObjectProvider<SecurityContextHolderStrategy> security) {
        this.access = access;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.overviews = overviews;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The file formats. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 2),
        MATRIX_CSV("competenties.csv", "text/csv;charset=UTF-8", 1),
        CERTIFICATES_CSV("certificaten.csv", "text/csv;charset=UTF-8", 1);

        private final String suffix;
        private final String contentType;
        /** How often the writer goes through the teams (once per sheet), for the progress. */
        private final int passes;

        Format(String suffix, String contentType, int passes) {
            this.suffix = suffix;
            this.contentType = contentType;
            this.passes = passes;
        }
    }

    /** A finished export. */
    public record File(String name, String contentType, byte[] content) {
    }

    /** How much an export covers: the number of teams and of rows (members, counted once per team). */
    public record Extent(int teams, int members) {
    }

    /** The departments of the teams the signed-in user may see, sorted (teams without one are not listed). */
    @Transactional(readOnly = true)
    public List<String> departments() {
        return access.mine().stream().map(Team::getDepartment).filter(d -> !d.isBlank()).distinct().sorted().toList();
    }

    /** What an export of a department (null or blank: every team) would cover. */
    @Transactional(readOnly = true)
    public Extent extent(String department) {
        List<Team> teams = teams(department);
        return new Extent(teams.size(), teams.stream().mapToInt(t -> t.getMemberIds().size()).sum());
    }

    /**
     * Writes the export. Progress counts one step per team read, then one per team and sheet written.
     *
     * @param department only this department's teams; null or blank for every team the user may see
     * @throws java.util.concurrent.CancellationException when {@code progress} stops it
     */
    public File write(Format format, String department, Locale locale, TeamWorkbook.Labels labels, ExportProgress progress) {
        List<Team> teams = teams(department);
        int steps = teams.size() * (1 + format.passes);
        List<TeamOverview> read = new ArrayList<>(teams.size());
        for (Team team : teams) {
            read.add(overviews.overview(team.getId(), locale));
            progress.reached(ExportProgress.Phase.READING, team.getName(), read.size(), steps);
        }
        ExportProgress writing = (phase, team, done, total) -> progress.reached(phase, team, teams.size() + done, teams.size() + total);
        String language = locale.getLanguage();
        byte[] content = switch (format) {
            case XLSX -> TeamWorkbook.write(read, true, language, labels, writing);
            case MATRIX_CSV -> TeamCsv.matrix(read, true, writing).getBytes(StandardCharsets.UTF_8);
            case CERTIFICATES_CSV -> TeamCsv.certificates(read, true, language, writing).getBytes(StandardCharsets.UTF_8);
        };
        return new File(fileName(format, department), format.contentType, content);
    }

    /**
     * Starts {@link #write} on a background thread as the signed-in user; the future fails with the export's
     * exception (a {@link java.util.concurrent.CancellationException} when {@code progress} stopped it).
     */
    public CompletableFuture<File> start(Format format, String department, Locale locale, TeamWorkbook.Labels labels,
                                         ExportProgress progress) {
        // The worker thread runs as the signed-in user, for the method-security checks (which read the strategy
        // bean, Vaadin's) and for code that reads SecurityContextHolder (the same strategy when one Kring runs).
        SecurityContext user = security.getContext();
        var withStrategy = new DelegatingSecurityContextCallable<>(() -> write(format, department, locale, labels, progress), user);
        withStrategy.setSecurityContextHolderStrategy(security);
        var asUser = DelegatingSecurityContextCallable.create(withStrategy, user);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return asUser.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, runner);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private List<Team> teams(String department) {
        boolean all = department == null || department.isBlank();
        return access.mine().stream().filter(t -> all || t.getDepartment().equals(department.strip()))
                .sorted(java.util.Comparator.comparing(Team::getDepartment).thenComparing(Team::getName)).toList();
    }

    private String fileName(Format format, String department) {
        String scope = department == null || department.isBlank() ? "teams"
                : "teams-" + department.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "kring-" + scope + "-" + LocalDate.now(clock.withZone(KringTime.ZONE)) + (format == Format.XLSX ? "." : "-")
                + format.suffix;
    }

    private static final class ExportThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "kring-export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
