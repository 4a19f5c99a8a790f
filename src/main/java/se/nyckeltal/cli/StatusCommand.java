package se.nyckeltal.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.nyckeltal.load.HrRetention;
import se.nyckeltal.monitoring.Attempt;
import se.nyckeltal.monitoring.ExtractFreshness;
import se.nyckeltal.monitoring.HealthCheck;
import se.nyckeltal.monitoring.HealthReport;
import se.nyckeltal.monitoring.RunAttempts;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Prints the warehouse's health: the last attempt first, the last success, how up to date each "
                    + "extract is, and the latest data-quality checks that did not pass.",
            "An attempt whose process died (killed, out of memory) is recorded as CRASHED here.",
            "Retention: the horizon of person-level HR rows (nyckeltal.retention.hr-months), the oldest month "
                    + "kept, and a warning when rows older than five years are kept without a horizon."
        },
        footer = {
            "",
            "Example:",
            "  java -jar target/nyckeltal.jar status --json --warehouse output/warehouse.duckdb",
            "",
            "Exit status (for monitors): 0 healthy, 1 warning (an extract late, a data test WARN), "
                    + "2 unhealthy (last attempt failed or crashed, no successful load within "
                    + "nyckeltal.monitoring.max-age, a data test FAIL) or status could not read the warehouse, "
                    + "64 usage error."
        })
public class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "status")) {
            context.bean(RunAttempts.class).closeCrashed();
            HealthReport report = context.bean(HealthCheck.class).check();
            HrRetention.Status retention = context.bean(HrRetention.class).status(YearMonth.now());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(StatusJson.of(report, retention));
            } else {
                printText(report, out);
                printRetention(retention, out);
            }
            out.flush();
            return report.health().exitCode();
        }
    }

    private static void printText(HealthReport report, PrintWriter out) {
        Attempt last = report.lastAttempt();
        out.println(
                last == null
                        ? "No load has run yet."
                        : "Last attempt " + last.attemptId() + " (" + last.command()
                                + ", started " + HistoryCommand.text(last.startedAt())
                                + (last.finishedAt() == null
                                        ? ""
                                        : ", finished " + HistoryCommand.text(last.finishedAt()))
                                + "): "
                                + last.outcome() + (last.message() == null ? "" : " — " + last.message()));
        Attempt success = report.lastSuccess();
        out.println(
                success == null
                        ? "No load has succeeded yet."
                        : "Last success: attempt " + success.attemptId()
                                + (success.runId() == null ? "" : " (run " + success.runId() + ")") + ", finished "
                                + HistoryCommand.text(success.endedAt()));
        out.println("Health: " + report.health() + " (exit " + report.health().exitCode() + ")");
        report.reasons().forEach(reason -> out.println("  " + reason));
        out.println();
        // "due": the latest month the extract must have by now (due by the date beside it)
        String row = "%-11s %-8s %-8s %10s  %-8s %-10s %-4s  %s%n";
        out.printf(row, "extract", "from", "to", "rows", "due", "by", "late", "latest file loaded");
        for (ExtractFreshness extract : report.extracts()) {
            out.printf(
                    row,
                    extract.extract(),
                    text(extract.firstMonth()),
                    text(extract.latestMonth()),
                    extract.rows(),
                    extract.expectedMonth() == null ? "-" : extract.expectedMonth(),
                    text(extract.dueBy()),
                    extract.late() ? "LATE" : "",
                    extract.latestFile() == null
                            ? ""
                            : extract.latestFile() + " " + HistoryCommand.text(extract.latestFileLoadedAt()));
        }
        out.println();
        out.println(report.dataQuality().isEmpty() ? "Data quality: every check passed." : "Data quality:");
        report.dataQuality()
                .forEach(check -> out.printf(
                        "  %-5s %-32s %8d  %s%n",
                        check.status(), check.checkName(), check.failingCount(), check.description()));
    }

    /** Said, not judged: retention is the operator's policy, not the warehouse's health (no exit status). */
    private static void printRetention(HrRetention.Status retention, PrintWriter out) {
        out.println();
        out.println("Retention of person-level HR rows: "
                + (retention.hrMonths() == null
                        ? "no horizon set, everything is kept"
                        : retention.hrMonths() + " months (nyckeltal.retention.hr-months), rows from "
                                + retention.keptFrom() + " on are kept")
                + "; oldest month kept: "
                + (retention.oldestKept() == null ? "none" : retention.oldestKept())
                + (retention.erasedBefore() == null
                        ? ""
                        : "; months before " + retention.erasedBefore() + " erased, their indicator values frozen"));
        if (retention.warning() != null) {
            out.println("  WARNING: " + retention.warning());
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
