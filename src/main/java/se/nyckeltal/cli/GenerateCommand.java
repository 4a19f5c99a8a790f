package se.nyckeltal.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.nyckeltal.sample.GeneratedSample;
import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = "Writes a realistic synthetic input folder (all seven extracts), e.g. for benchmarks.",
        footer = {"", "Example:", "  java -jar target/nyckeltal.jar generate --output /tmp/bench-input --scale 1"})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "The input folder to write.")
    Path output;

    @Option(
            names = "--scale",
            defaultValue = "0.03",
            description =
                    "Event volume: 1 ≈ 4 million event rows over two years (default: ${DEFAULT-VALUE}, the shipped sample).")
    double scale;

    @Option(
            names = "--from",
            paramLabel = "yyyy-MM",
            defaultValue = "2016-01",
            description = "First month (default: ${DEFAULT-VALUE}).")
    YearMonth from;

    @Option(
            names = "--to",
            paramLabel = "yyyy-MM",
            defaultValue = "2017-12",
            description = "Last month (default: ${DEFAULT-VALUE}).")
    YearMonth to;

    @Option(names = "--seed", defaultValue = "2017", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        GeneratedSample result = new SampleGenerator().generate(new SampleSpec(output, scale, from, to, seed));
        spec.commandLine()
                .getOut()
                .printf(
                        "Generated %d files, %d bytes in %s: %s%n",
                        result.files().size(), result.bytes(), output, result.rowsPerExtract());
        return ExitCodes.OK;
    }
}
