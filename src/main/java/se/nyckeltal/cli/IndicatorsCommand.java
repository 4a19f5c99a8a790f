package se.nyckeltal.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.nyckeltal.indicators.IndicatorsRunner;

@Command(
        name = "indicators",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description =
                "Recomputes the indicator tables: every period overlapping --from..--to (all periods by default).",
        footer = {"", "Example:", "  java -jar target/nyckeltal.jar indicators --from 2017-01 --to 2017-06"})
public class IndicatorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--from", paramLabel = "yyyy-MM", description = "First month to recompute.")
    YearMonth from;

    @Option(names = "--to", paramLabel = "yyyy-MM", description = "Last month to recompute.")
    YearMonth to;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "indicators")) {
            return RecordedAttempt.run(context, "indicators", () -> {
                context.bean(IndicatorsRunner.class).run(from, to);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Indicators recomputed%s.%n",
                                from == null && to == null
                                        ? ""
                                        : " for " + (from == null ? "…" : from) + ".." + (to == null ? "…" : to));
                return RecordedAttempt.Result.succeeded();
            });
        }
    }
}
