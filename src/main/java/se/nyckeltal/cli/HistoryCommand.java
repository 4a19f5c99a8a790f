package se.nyckeltal.cli;

import static se.nyckeltal.warehouse.jooq.meta.Tables.RUN_ATTEMPT;
import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.nyckeltal.monitoring.RunAttempts;
import se.nyckeltal.warehouse.FileState;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Prints the recent attempts of load and indicators, newest first: when, how each ended "
                    + "(SUCCEEDED, FILES_FAILED, FAILED, CRASHED) and, for a load, its run's files and rows.",
            "A resumed run shows on each of its attempts."
        },
        footer = {"", "Example:", "  java -jar target/nyckeltal.jar history --last 5"})
public class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Option(
            names = "--last",
            paramLabel = "N",
            defaultValue = "10",
            description = "How many attempts (default: ${DEFAULT-VALUE}).")
    int last;

    @Override
    public Integer call() {
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "history")) {
            context.bean(RunAttempts.class).closeCrashed();
            DSLContext dsl = context.bean(DSLContext.class);
            PrintWriter out = spec.commandLine().getOut();
            var runs = dsl.select(
                            LOAD_RUNS.RUN_ID,
                            DSL.count().as("files"),
                            DSL.count()
                                    .filterWhere(LOAD_RUNS.STATUS.eq(FileState.LOADED))
                                    .as("loaded"),
                            DSL.count()
                                    .filterWhere(LOAD_RUNS.STATUS.in(
                                            FileState.SKIPPED_UNCHANGED, FileState.SKIPPED_RETRACTED))
                                    .as("skipped"),
                            DSL.count()
                                    .filterWhere(LOAD_RUNS.STATUS.eq(FileState.FAILED))
                                    .as("failed"),
                            DSL.sum(LOAD_RUNS.ROWS_LOADED).as("rows_loaded"),
                            DSL.sum(LOAD_RUNS.ROWS_REJECTED).as("rows_rejected"))
                    .from(LOAD_RUNS)
                    .groupBy(LOAD_RUNS.RUN_ID)
                    .asTable("runs");
            var attempts = dsl.select(
                            RUN_ATTEMPT.ATTEMPT_ID,
                            RUN_ATTEMPT.COMMAND,
                            RUN_ATTEMPT.STARTED_AT,
                            RUN_ATTEMPT.FINISHED_AT,
                            RUN_ATTEMPT.OUTCOME,
                            RUN_ATTEMPT.RUN_ID,
                            RUN_ATTEMPT.MESSAGE,
                            runs.field("files"),
                            runs.field("loaded"),
                            runs.field("skipped"),
                            runs.field("failed"),
                            runs.field("rows_loaded"),
                            runs.field("rows_rejected"))
                    .from(RUN_ATTEMPT)
                    .leftJoin(runs)
                    .on(runs.field(LOAD_RUNS.RUN_ID).eq(RUN_ATTEMPT.RUN_ID))
                    .orderBy(RUN_ATTEMPT.ATTEMPT_ID.desc())
                    .limit(last)
                    .fetch();
            String row = "%7s  %-10s  %-19s  %-19s  %-12s %5s %6s %7s %8s %7s %12s %9s%n";
            out.printf(
                    row,
                    "attempt",
                    "command",
                    "started",
                    "finished",
                    "outcome",
                    "run",
                    "files",
                    "loaded",
                    "skipped",
                    "failed",
                    "rows loaded",
                    "rejected");
            for (var attempt : attempts) {
                out.printf(
                        row,
                        attempt.get(RUN_ATTEMPT.ATTEMPT_ID),
                        attempt.get(RUN_ATTEMPT.COMMAND),
                        text(attempt.get(RUN_ATTEMPT.STARTED_AT)),
                        text(attempt.get(RUN_ATTEMPT.FINISHED_AT)),
                        attempt.get(RUN_ATTEMPT.OUTCOME),
                        blank(attempt.get(RUN_ATTEMPT.RUN_ID)),
                        blank(attempt.get("files")),
                        blank(attempt.get("loaded")),
                        blank(attempt.get("skipped")),
                        blank(attempt.get("failed")),
                        blank(attempt.get("rows_loaded")),
                        blank(attempt.get("rows_rejected")));
                String message = attempt.get(RUN_ATTEMPT.MESSAGE);
                if (message != null && !"SUCCEEDED".equals(attempt.get(RUN_ATTEMPT.OUTCOME))) {
                    out.println("         " + message);
                }
            }
            if (attempts.isEmpty()) {
                out.println("No load has run yet.");
            }
            return ExitCodes.OK;
        }
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replace('T', ' ');
        return text.length() > 19 ? text.substring(0, 19) : text; // to the second
    }
}
