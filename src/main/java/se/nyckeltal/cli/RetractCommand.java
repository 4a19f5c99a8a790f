package se.nyckeltal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.nyckeltal.retract.RetractSummary;
import se.nyckeltal.retract.Retraction;

@Command(
        name = "retract",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Withdraws one loaded delivery: afterwards the warehouse is as if it had never been delivered "
                    + "(keys an earlier delivery carried get that version back; the periods touched are recomputed). "
                    + "Its content is skipped by later loads, under any name, until the retraction is undone.",
            "With --undo: lifts the retraction; the next load loads the content again."
        },
        footer = {
            "",
            "Examples:",
            "  java -jar target/nyckeltal.jar retract invoices/2017-03.csv",
            "  java -jar target/nyckeltal.jar retract --undo invoices/2017-03.csv",
            "",
            "Exit status: 0 done, 2 the delivery cannot be retracted (the line says why), 64 usage error."
        })
public class RetractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            description = "The delivery's path relative to the input folder, as report.load_runs.file_name "
                    + "shows it (e.g. invoices/2017-03.csv).")
    String file;

    @Option(names = "--undo", description = "Lift the retraction of FILE instead: the next load loads it again.")
    boolean undo;

    @Option(
            names = "--input",
            paramLabel = "DIR",
            defaultValue = "input",
            description = "The input folder the delivery came from (default: ${DEFAULT-VALUE}); a FILE given "
                    + "as a path inside it is taken relative to it.")
    Path input;

    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() throws Exception {
        String fileName = deliveryName();
        String user = System.getProperty("user.name", "unknown");
        PrintWriter out = spec.commandLine().getOut();
        boolean stillDelivered = Files.isRegularFile(input.resolve(fileName));
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "retract")) {
            return RecordedAttempt.run(context, "retract", () -> {
                Retraction retraction = context.bean(Retraction.class);
                if (undo) {
                    retraction.undo(fileName, user);
                    out.printf(
                            "Retraction of %s undone: %s%n",
                            fileName,
                            stillDelivered
                                    ? "the next load loads it again."
                                    : "it is not in " + input + " any more; deliver it again to have it loaded.");
                } else {
                    RetractSummary summary = retraction.retract(fileName, user);
                    if (summary.earlier() != null) {
                        out.printf("%s is retracted already (%s): nothing to do.%n", fileName, summary.earlier());
                    } else {
                        out.printf(
                                "Retracted %s (run %d): %d row(s) withdrawn, %d earlier version(s) restored; %s%n",
                                fileName,
                                summary.runId(),
                                summary.rowsWithdrawn(),
                                summary.rowsRestored(),
                                summary.from() == null
                                        ? "no period to recompute."
                                        : "indicators recomputed for periods overlapping " + summary.from() + ".."
                                                + summary.to() + ".");
                    }
                    if (stillDelivered) {
                        out.printf(
                                "It is still in %s: later loads skip it (SKIPPED_RETRACTED) until "
                                        + "retract --undo %s.%n",
                                input, fileName);
                    }
                }
                out.flush();
                return RecordedAttempt.Result.succeeded();
            });
        }
    }

    /** FILE as load_runs names it: relative to the input folder, with {@code /}. */
    private String deliveryName() {
        String name = file.replace('\\', '/');
        Path given = Path.of(name);
        Path folder = input.toAbsolutePath().normalize();
        Path absolute = given.toAbsolutePath().normalize();
        if ((given.isAbsolute() || Files.exists(given)) && absolute.startsWith(folder)) {
            name = folder.relativize(absolute).toString().replace('\\', '/');
        }
        return name.startsWith("./") ? name.substring(2) : name;
    }
}
