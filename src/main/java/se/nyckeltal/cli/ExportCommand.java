package se.nyckeltal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.nyckeltal.export.ExportedTable;
import se.nyckeltal.export.Exporter;
import se.nyckeltal.failure.UserError;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Writes the public report tables and the core facts that are about no employee (invoices, "
                    + "payslips, contacts, units, targets; never staffing or sick leave) as Hive-partitioned Parquet, one folder "
                    + "per table (facts by year and month, indicator values by period type), readable unchanged by "
                    + "DuckDB, Spark and Trino. Replaces the folders of an earlier export."
        },
        footer = {"", "Example:", "  java -jar target/nyckeltal.jar export --format parquet --output output/parquet"})
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "parquet",
            description = "The file format; parquet is the only one (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = "output/parquet",
            description = "Where to write the table folders (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        if (!"parquet".equalsIgnoreCase(format)) {
            throw new ParameterException(
                    spec.commandLine(), "Unknown --format '" + format + "': parquet is the only format");
        }
        // Opening a missing file would create an empty warehouse and export nothing useful.
        if (!Files.isRegularFile(warehouse.warehouse())) {
            throw new UserError("No warehouse at " + warehouse.warehouse().toAbsolutePath()
                    + ": run load first, or give --warehouse");
        }
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "export")) {
            List<ExportedTable> tables = new Exporter(context.bean(DSLContext.class)).exportParquet(output);
            var out = spec.commandLine().getOut();
            out.println("Written:");
            for (ExportedTable table : tables) {
                out.println("  " + table.folder() + "  (" + table.rows() + " rows"
                        + (table.partitionBy().isEmpty() ? "" : ", by " + String.join(", ", table.partitionBy()))
                        + ")");
            }
            return ExitCodes.OK;
        }
    }
}
