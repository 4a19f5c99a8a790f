package se.nyckeltal.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line. Parsing happens before Spring starts: {@code --help} and usage errors
 * answer at once. Every failure the user can act on is one plain line with exit status 2;
 * usage errors exit 64.
 */
@Command(
        name = "nyckeltal",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = "Loads the nightly CSV extracts into the DuckDB warehouse and computes the key figures.",
        subcommands = {
            LoadCommand.class,
            IndicatorsCommand.class,
            ReportCommand.class,
            HistoryCommand.class,
            StatusCommand.class,
            ScheduleCommand.class,
            ExportCommand.class,
            ExplainCommand.class,
            GenerateCommand.class,
            RetractCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  java -jar target/nyckeltal.jar load",
            "  java -jar target/nyckeltal.jar report --year 2017",
            "  java -jar target/nyckeltal.jar load --help"
        })
public final class NyckeltalCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing command: load, indicators, report, history, status, schedule, export, explain, generate or retract");
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NyckeltalCli());
        commandLine.registerConverter(YearMonth.class, NyckeltalCli::yearMonth);
        commandLine.setParameterExceptionHandler(NyckeltalCli::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof ParameterException usage) {
                return usageError(usage, parsed.originalArgs().toArray(String[]::new));
            }
            cl.getErr().println("nyckeltal: " + ErrorMessages.describe(e));
            if (System.getenv("NYCKELTAL_DEBUG") != null) {
                e.printStackTrace(cl.getErr());
            }
            return ExitCodes.FAILED;
        });
        return commandLine;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("nyckeltal: " + e.getMessage());
        commandLine.usage(err);
        return ExitCodes.USAGE;
    }

    private static YearMonth yearMonth(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a month of the form yyyy-MM (e.g. 2017-03)");
        }
    }
}
