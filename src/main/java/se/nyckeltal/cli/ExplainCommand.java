package se.nyckeltal.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.nyckeltal.explain.ExplainRequest;
import se.nyckeltal.explain.Explainer;
import se.nyckeltal.explain.Explanation;
import se.nyckeltal.explain.ExplanationJson;
import se.nyckeltal.explain.ExplanationText;
import se.nyckeltal.explain.PeriodSpec;
import se.nyckeltal.explain.ReadOnlyWarehouse;

@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Explains one indicator value (one row of report.indicator_values): its name and formula, the SQL "
                    + "model that computes it, value, numerator and denominator, why it is withheld if it is, the "
                    + "months and the areas or units that add up to it, and the deliveries behind it (files, "
                    + "checksums, load runs, rows and first and last line numbers).",
            "Reads the loader's file or the analysts' published copy, read-only; on the copy, staffing and "
                    + "sick leave trace to files and counts only. A withheld value is explained without numbers."
        },
        footer = {
            "",
            "Examples:",
            "  java -jar target/nyckeltal.jar explain EKO_CUST_INV_PER_FTE_MONTH --period 2017",
            "  java -jar target/nyckeltal.jar explain HR_SICK_LEAVE_PCT --period R12:2017-10 --org EKO --gender K "
                    + "--warehouse output/nyckeltal.duckdb --json"
        })
public class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Parameters(index = "0", paramLabel = "CODE", description = "The indicator code, e.g. KC_ANSWERED_60S_PCT.")
    String code;

    @Option(
            names = "--period",
            paramLabel = "P",
            required = true,
            description = "The period: a year (2017), a month (2017-03) or a rolling year (R12:2017-10).")
    String period;

    @Option(
            names = "--org",
            paramLabel = "ORG",
            defaultValue = "ALL",
            description = "ALL, a business area or a unit code; AREA:X or UNIT:X where both have the code "
                    + "(default: ${DEFAULT-VALUE}).")
    String org;

    @Option(
            names = "--gender",
            paramLabel = "G",
            defaultValue = "T",
            description = "T (total), K (women) or M (men) (default: ${DEFAULT-VALUE}).")
    String gender;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PeriodSpec periodSpec;
        try {
            periodSpec = PeriodSpec.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!gender.strip().matches("(?i)[TKM]")) {
            throw new ParameterException(spec.commandLine(), "'" + gender + "' is no gender: give T, K or M");
        }
        quietLibraries();
        try (ReadOnlyWarehouse file = ReadOnlyWarehouse.open(warehouse.warehouse(), warehouse.waitForLock())) {
            Explanation explanation =
                    new Explainer(file.dsl()).explain(new ExplainRequest(code, periodSpec, org, gender));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ExplanationJson.of(explanation));
                out.flush();
            } else {
                ExplanationText.print(explanation, out);
            }
            return ExitCodes.OK;
        }
    }

    /**
     * explain starts no Spring context, whose logging settings keep libraries quiet: without them
     * logback would print jOOQ's banner (and any library's INFO lines) into the explanation or its JSON.
     */
    private static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
