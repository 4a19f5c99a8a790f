package se.nyckeltal.cli;

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

@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = NyckeltalVersion.class,
        description = "Prints the recent load runs: per run its files, rows and outcome.",
        footer = {"", "Example:", "  java -jar target/nyckeltal.jar history --last 5"})
public class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--last", paramLabel = "N", defaultValue = "10", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int last;

    @Override
    public Integer call() {
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "history")) {
            DSLContext dsl = context.bean(DSLContext.class);
            PrintWriter out = spec.commandLine().getOut();
            var runs = dsl.select(LOAD_RUNS.RUN_ID,
                            DSL.min(LOAD_RUNS.STARTED_AT).as("started"),
                            DSL.max(LOAD_RUNS.FINISHED_AT).as("finished"),
                            DSL.count().as("files"),
                            DSL.count().filterWhere(LOAD_RUNS.STATUS.eq("LOADED")).as("loaded"),
                            DSL.count().filterWhere(LOAD_RUNS.STATUS.eq("SKIPPED_UNCHANGED")).as("skipped"),
                            DSL.count().filterWhere(LOAD_RUNS.STATUS.eq("FAILED")).as("failed"),
                            DSL.sum(LOAD_RUNS.ROWS_LOADED).as("rows_loaded"),
                            DSL.sum(LOAD_RUNS.ROWS_REJECTED).as("rows_rejected"))
                    .from(LOAD_RUNS)
                    .groupBy(LOAD_RUNS.RUN_ID)
                    .orderBy(LOAD_RUNS.RUN_ID.desc())
                    .limit(last)
                    .fetch();
            String row = "%6s  %-19s  %-19s %6s %7s %8s %7s %12s %9s%n";
            out.printf(row, "run", "started", "finished", "files", "loaded", "skipped", "failed", "rows loaded", "rejected");
            for (var run : runs) {
                out.printf(row, run.value1(), text(run.get("started")), text(run.get("finished")), run.get("files"),
                        run.get("loaded"), run.get("skipped"), run.get("failed"), run.get("rows_loaded"),
                        run.get("rows_rejected"));
            }
            if (runs.isEmpty()) {
                out.println("No load has run yet.");
            }
            return ExitCodes.OK;
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replace('T', ' ');
        return text.length() > 19 ? text.substring(0, 19) : text; // to the second
    }
}
