package se.nyckeltal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.nyckeltal.load.LoadRunner;
import se.nyckeltal.load.LoadSummary;
import se.nyckeltal.monitoring.AttemptOutcome;
import se.nyckeltal.warehouse.FileState;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Loads every new or changed file under the input folder into the warehouse, then "
                    + "recomputes the indicators of the periods its data touched.",
            "An interrupted earlier load of the same folder is resumed first."
        },
        footer = {
            "",
            "Example:",
            "  java -jar target/nyckeltal.jar load --input /data/nightly --warehouse output/warehouse.duckdb",
            "",
            "Exit status: 0 loaded (rejected rows allowed), 2 a file failed or the load could not run, 64 usage error."
        })
public class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--input",
            paramLabel = "DIR",
            defaultValue = "input",
            description = "The folder holding units/, staffing/, invoices/, payslips/, contacts/, sick_leave/, "
                    + "targets/ (default: ${DEFAULT-VALUE}).")
    Path input;

    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() throws Exception {
        return runOnce(warehouse, input, spec.commandLine().getOut());
    }

    /** One load, as the command and the scheduler run it: the exit status, the summary printed. */
    static int runOnce(WarehouseOption warehouse, Path input, PrintWriter out) throws Exception {
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "load")) {
            return RecordedAttempt.run(context, "load", () -> {
                LoadSummary summary = context.bean(LoadRunner.class).run(input);
                new LoadSummaryPrinter(out).print(summary);
                out.flush();
                long failed = summary.count(FileState.FAILED);
                return failed == 0
                        ? RecordedAttempt.Result.succeeded()
                        : new RecordedAttempt.Result(
                                AttemptOutcome.FILES_FAILED,
                                ExitCodes.FAILED,
                                failed + " file(s) of run " + summary.runId() + " failed as a whole");
            });
        }
    }
}
