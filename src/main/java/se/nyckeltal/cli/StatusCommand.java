package se.nyckeltal.cli;

import static se.nyckeltal.warehouse.jooq.report.Tables.DATA_QUALITY;
import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = NyckeltalVersion.class,
        description = "Prints the warehouse's state: the last run, the months each extract covers, and the latest "
                + "data-quality checks that did not pass.",
        footer = {"", "Example:", "  java -jar target/nyckeltal.jar status --warehouse output/warehouse.duckdb"})
public class StatusCommand implements Callable<Integer> {

    private static final String COVERAGE = """
            SELECT extract, min(m) AS first_month, max(m) AS last_month, sum(n) AS rows FROM (
                SELECT 'staffing' AS extract, month AS m, count(*) AS n FROM core.staffing GROUP BY ALL
                UNION ALL SELECT 'invoices', date_trunc('month', registered_date), count(*) FROM core.invoices GROUP BY ALL
                UNION ALL SELECT 'payslips', date_trunc('month', pay_date), count(*) FROM core.payslips GROUP BY ALL
                UNION ALL SELECT 'contacts', date_trunc('month', received_at), count(*) FROM core.contacts GROUP BY ALL
                UNION ALL SELECT 'sick_leave', date_trunc('month', date), count(*) FROM core.sick_leave GROUP BY ALL
            ) GROUP BY extract ORDER BY extract""";

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() {
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "status")) {
            DSLContext dsl = context.bean(DSLContext.class);
            PrintWriter out = spec.commandLine().getOut();
            var lastRun = dsl.select(LOAD_RUNS.RUN_ID, DSL.max(LOAD_RUNS.FINISHED_AT),
                            DSL.count().filterWhere(LOAD_RUNS.STATUS.eq("FAILED")))
                    .from(LOAD_RUNS).groupBy(LOAD_RUNS.RUN_ID).orderBy(LOAD_RUNS.RUN_ID.desc()).limit(1).fetchOne();
            out.println(lastRun == null ? "No load has run yet."
                    : "Last run " + lastRun.value1() + ", finished " + HistoryCommand.text(lastRun.value2())
                            + (lastRun.value3() > 0 ? ", " + lastRun.value3() + " file(s) FAILED" : ", no file failed"));
            out.println();
            out.printf("%-11s %-8s %-8s %10s%n", "extract", "from", "to", "rows");
            for (var extract : dsl.fetch(COVERAGE)) {
                out.printf("%-11s %-8s %-8s %10s%n", extract.get(0), month(extract.get(1)), month(extract.get(2)),
                        extract.get(3));
            }
            var checks = dsl.selectFrom(DATA_QUALITY)
                    .where(DATA_QUALITY.CHECKED_AT.eq(dsl.select(DSL.max(DATA_QUALITY.CHECKED_AT)).from(DATA_QUALITY)))
                    .and(DATA_QUALITY.STATUS.ne("PASS"))
                    .orderBy(DATA_QUALITY.CHECK_NAME)
                    .fetch();
            out.println();
            out.println(checks.isEmpty() ? "Data quality: every check passed." : "Data quality:");
            checks.forEach(check -> out.printf("  %-5s %-32s %8d  %s%n", check.getStatus(), check.getCheckName(),
                    check.getFailingCount(), check.getDescription()));
            return ExitCodes.OK;
        }
    }

    private static String month(Object value) {
        return value == null ? "" : value.toString().substring(0, 7);
    }
}
