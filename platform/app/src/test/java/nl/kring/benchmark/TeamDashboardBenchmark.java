package nl.kring.benchmark;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import nl.kring.team.TeamOverview;
import nl.kring.team.TeamOverviewService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The team lead's dashboard ({@link TeamOverviewService#overview}, server time) for a team of 200 in an organisation
 * of 10,000 learners with 1,000,000 pieces of evidence over 30 competences and a certificate each, on H2 (file mode,
 * as Kring runs by default). Kring starts once per fork with an empty database in a temporary folder; the data are
 * written by {@link OrganisationData} before measuring. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TeamDashboardBenchmark {

    /** {@code h2} or {@code postgresql}, e.g. {@code -p database=h2,postgresql}. */
    @Param("h2")
    String database;

    @Param("10000")
    int learners;

    @Param("200")
    int teamSize;

    @Param("30")
    int competences;

    @Param("100")
    int evidencePerLearner;

    private BenchmarkKring kring;
    private TeamOverviewService overviews;
    private OrganisationData.Team team;

    @Setup(Level.Trial)
    public void startKringWithALargeOrganisation() throws Exception {
        kring = BenchmarkKring.start(database, learners, teamSize, competences, evidencePerLearner);
        team = kring.firstTeam();
        overviews = kring.bean(TeamOverviewService.class);
        kring.signIn(team.lead());
        TeamOverview check = dashboard();
        if (check.members().size() != teamSize) {
            throw new IllegalStateException("the team has " + check.members().size() + " members, not " + teamSize);
        }
    }

    @Benchmark
    public TeamOverview dashboard() {
        return overviews.overview(team.id(), Locale.ENGLISH);
    }

    @TearDown(Level.Trial)
    public void stop() {
        kring.close();
    }
}
