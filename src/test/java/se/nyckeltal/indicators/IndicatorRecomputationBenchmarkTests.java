package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

/**
 * Times a full and a one-month recomputation on five years of generated data
 * (~10 M events, 3 000 employees). Off by default: {@code -Dnyckeltal.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "nyckeltal.benchmark", matches = "true")
class IndicatorRecomputationBenchmarkTests {

    @TempDir
    Path dir;

    @Test
    void fullAndOneMonthRecomputation() {
        // -Dnyckeltal.benchmark.dir=DIR keeps the generated warehouse there for the next run.
        Path folder = Path.of(System.getProperty("nyckeltal.benchmark.dir", dir.toString()));
        boolean generated = java.nio.file.Files.exists(folder.resolve("warehouse.duckdb"));
        try (TestWarehouse warehouse = TestWarehouse.create(folder)) {
            var dsl = warehouse.dsl();
            long started = System.nanoTime();
            if (!generated) {
                generate(dsl);
            }
            System.out.printf("generated in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            recomputeFullAndOneMonth(dsl);
        }
    }

    private static void generate(org.jooq.DSLContext dsl) {
        {
            dsl.execute("""
                    INSERT INTO core.units
                    SELECT 'U' || u, DATE '2010-01-01', NULL, 'Unit ' || u,
                           ['EKONOMI','LON','KONTAKTCENTER','HR','UPPHANDLING','LOKAL','ADMIN'][1 + u % 7],
                           ['CUSTOMER_INVOICING','SUPPLIER_INVOICING','PAYROLL','CONTACT_CENTER','OTHER'][1 + u % 5],
                           1, u
                    FROM range(100) r(u)""");
            dsl.execute("""
                    INSERT INTO core.staffing
                    SELECT 'emp' || e, CAST(DATE '2013-01-01' + to_months(CAST(m AS INTEGER)) AS DATE), 'U' || (e % 100),
                           CASE e % 3 WHEN 0 THEN 'K' WHEN 1 THEN 'M' ELSE 'X' END, 1950 + e % 50,
                           100, 1.0, 165.5, 2, e * 100 + m
                    FROM range(3000) a(e), range(60) b(m)""");
            dsl.execute("""
                    INSERT INTO core.sick_leave
                    SELECT 'emp' || e, DATE '2013-01-01' + CAST(d AS INTEGER), DATE '2013-01-01' + CAST(d - d % 20 AS INTEGER), 7.5, 3, e
                    FROM range(3000) a(e), range(1826) b(d)
                    WHERE (e * 7 + d / 20) % 20 = 0""");
            dsl.execute("""
                    INSERT INTO core.invoices
                    SELECT CASE WHEN i % 2 = 0 THEN 'CUSTOMER' ELSE 'SUPPLIER' END, 'inv' || i,
                           DATE '2013-01-01' + CAST(i % 1826 AS INTEGER), 'U' || (i % 101),
                           NULL, CASE WHEN i % 3 = 0 THEN 'ELECTRONIC' ELSE 'SCANNED' END, NULL, 4, i
                    FROM range(5000000) r(i)""");
            dsl.execute("""
                    INSERT INTO core.payslips
                    SELECT 'pay' || i, DATE '2013-01-01' + CAST(i % 1826 AS INTEGER), 'U' || (i % 100), NULL,
                           CASE WHEN i % 4 = 0 THEN 'MANUAL' ELSE 'ELECTRONIC' END, 5, i
                    FROM range(2500000) r(i)""");
            dsl.execute("""
                    INSERT INTO core.contacts
                    SELECT 'con' || i, TIMESTAMP '2013-01-01 08:00:00' + to_seconds(CAST(i * 63 % 157766400 AS BIGINT)),
                           CASE i % 3 WHEN 0 THEN 'PHONE' WHEN 1 THEN 'CHAT' ELSE 'EMAIL' END, 'U' || (i % 100),
                           CASE i % 3 WHEN 2 THEN 'HANDLED' ELSE CASE WHEN i % 5 = 0 THEN 'ABANDONED' ELSE 'ANSWERED' END END,
                           CASE i % 3 WHEN 2 THEN NULL ELSE CAST(i % 200 AS INTEGER) END, 60,
                           CASE WHEN i % 3 = 2 OR i % 5 <> 0 THEN i % 2 = 0 END, 6, i
                    FROM range(2500000) r(i)""");
        }
    }

    private static void recomputeFullAndOneMonth(org.jooq.DSLContext dsl) {
        {
            // Statement timings of the recomputation (SqlRunner logs them at DEBUG).
            for (String logger : java.util.List.of("se.nyckeltal.indicators", "se.nyckeltal.warehouse.SqlRunner")) {
                ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger))
                        .setLevel(ch.qos.logback.classic.Level.DEBUG);
            }
            IndicatorRecomputation recomputation = new IndicatorRecomputation(10);
            for (int run = 1; run <= 2; run++) {
                long t = System.nanoTime();
                RecomputeSummary full = dsl.transactionResult(c -> recomputation.recompute(c.dsl(), null, null));
                System.out.printf("full recompute %d: %d ms, %s%n", run, (System.nanoTime() - t) / 1_000_000, full);
                assertThat(full.rowsWritten()).isPositive();
            }
            for (int run = 1; run <= 2; run++) {
                long t = System.nanoTime();
                RecomputeSummary month = dsl.transactionResult(
                        c -> recomputation.recompute(c.dsl(), YearMonth.of(2015, 6), YearMonth.of(2015, 6)));
                System.out.printf(
                        "one-month recompute %d: %d ms, %s%n", run, (System.nanoTime() - t) / 1_000_000, month);
            }
        }
    }
}
