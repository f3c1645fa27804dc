package nl.kring.benchmark;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import nl.kring.team.ExportProgress;
import nl.kring.team.TeamWorkbook;
import nl.kring.team.TeamsExport;
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
 * An administrator exports the whole organisation ({@link TeamsExport#write}): 50 teams of 200, 10,000 learners with
 * 1,000,000 pieces of evidence, as an Excel workbook or a CSV of the matrix. This is the export that shows progress;
 * see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TeamsExportBenchmark {

    private static final TeamWorkbook.Labels LABELS = new TeamWorkbook.Labels("Competences", "Certificates", "Member",
            "Programme", "Status", "Valid until", "Code", "Levels", "Department", "Team");

    @Param({"XLSX", "MATRIX_CSV"})
    String format;

    /** {@code h2} or {@code postgresql}, e.g. {@code -p database=h2,postgresql}. */
    @Param("h2")
    String database;

    private BenchmarkKring kring;
    private TeamsExport export;

    @Setup(Level.Trial)
    public void startKringWithALargeOrganisation() throws Exception {
        kring = BenchmarkKring.start(database, 10_000, 200, 30, 100);
        kring.signIn("admin");
        export = kring.bean(TeamsExport.class);
        if (export.extent(null).members() != 10_000) {
            throw new IllegalStateException("the organisation has " + export.extent(null).members() + " members");
        }
    }

    @Benchmark
    public TeamsExport.File exportTheOrganisation() {
        return export.write(TeamsExport.Format.valueOf(format), null, Locale.ENGLISH, LABELS, ExportProgress.NONE);
    }

    @TearDown(Level.Trial)
    public void stop() {
        kring.close();
    }
}
