package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.PseudonymKeyProperty;
import se.nyckeltal.support.TestWarehouse;

/**
 * Loaded before means loaded: a copy of content that loaded is skipped, a copy of content that
 * failed — under any name, in the same run or a later one — is tried again and reported for what
 * happens to it. Payslips filed under {@code invoices/} by mistake fail there (no invoice columns);
 * the same bytes under {@code payslips/} load.
 */
class FailedContentFunctionalTests {

    private static final String INVOICES = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            F-1;CUSTOMER;2017-01-02;EKO-KUND1;KS;ELECTRONIC;100
            """;
    private static final String JANUARY_PAYSLIPS = """
            payslip_id;pay_date;unit_code;employer_org;source
            P-1;2017-01-25;LON-1;KS;ELECTRONIC
            """;
    private static final String FEBRUARY_PAYSLIPS = """
            payslip_id;pay_date;unit_code;employer_org;source
            P-2;2017-02-24;LON-1;KS;ELECTRONIC
            P-3;2017-02-24;LON-1;KS;MANUAL
            """;

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY =
            new PseudonymKeyProperty("failed-content-test-key-0123456789abcdef");

    @TempDir
    Path dir;

    @Test
    void aCopyOfFailedContentIsTriedAgainInTheSameRunAndTheNext() throws Exception {
        Path input = dir.resolve("input");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(input, "invoices/2017-01.csv", INVOICES);
        InputFiles.write(input, "invoices/2017-01-copy.csv", INVOICES);
        InputFiles.write(input, "invoices/misfiled-january.csv", JANUARY_PAYSLIPS);
        InputFiles.write(input, "invoices/misfiled-february.csv", FEBRUARY_PAYSLIPS);
        InputFiles.write(input, "payslips/2017-01.csv", JANUARY_PAYSLIPS);

        String first = load(input);

        // load order is by path, by code point: invoices/2017-01-copy.csv ('-') before invoices/2017-01.csv
        // ('.'), invoices/… before payslips/…
        assertThat(statuses(1))
                .as(first)
                .containsExactly(
                        "invoices/2017-01-copy.csv LOADED 1",
                        "invoices/2017-01.csv SKIPPED_UNCHANGED 0",
                        "invoices/misfiled-february.csv FAILED 0",
                        "invoices/misfiled-january.csv FAILED 0",
                        "payslips/2017-01.csv LOADED 1",
                        "units/units.csv LOADED 2");
        assertThat(rejectedFiles(1)).containsExactly("invoices/misfiled-february.csv", "invoices/misfiled-january.csv");

        // the next night: February's payslips arrive where they belong; everything else is still there
        InputFiles.write(input, "payslips/2017-02.csv", FEBRUARY_PAYSLIPS);

        String second = load(input);

        assertThat(statuses(2))
                .as(second)
                .containsExactly(
                        "invoices/2017-01-copy.csv SKIPPED_UNCHANGED 0",
                        "invoices/2017-01.csv SKIPPED_UNCHANGED 0",
                        // failed in run 1, never loaded: tried again, fails again
                        "invoices/misfiled-february.csv FAILED 0",
                        // failed in run 1 under this name, loaded in run 1 under payslips/: loaded before
                        "invoices/misfiled-january.csv SKIPPED_UNCHANGED 0",
                        "payslips/2017-01.csv SKIPPED_UNCHANGED 0",
                        // the content that failed in both runs, under another name: tried, and it loads
                        "payslips/2017-02.csv LOADED 2",
                        "units/units.csv SKIPPED_UNCHANGED 0");
        assertThat(rejectedFiles(2)).containsExactly("invoices/misfiled-february.csv");
        try (TestWarehouse warehouse = TestWarehouse.open(warehouseFile())) {
            assertThat(warehouse
                            .dsl()
                            .fetch("SELECT payslip_id FROM core.payslips ORDER BY 1")
                            .getValues(0, String.class))
                    .containsExactly("P-1", "P-2", "P-3");
            assertThat(warehouse
                            .dsl()
                            .fetchOne("SELECT count(*) FROM core.invoices")
                            .get(0, Long.class))
                    .isEqualTo(1);
        }
    }

    private List<String> statuses(long run) {
        try (TestWarehouse warehouse = TestWarehouse.open(warehouseFile())) {
            return warehouse
                    .dsl()
                    .fetch(
                            "SELECT file_name || ' ' || status || ' ' || rows_loaded FROM report.load_runs "
                                    + "WHERE run_id = ? ORDER BY file_name",
                            run)
                    .getValues(0, String.class);
        }
    }

    private List<String> rejectedFiles(long run) {
        try (TestWarehouse warehouse = TestWarehouse.open(warehouseFile())) {
            return warehouse
                    .dsl()
                    .fetch("SELECT file_name FROM report.rejected_rows WHERE run_id = ? ORDER BY 1", run)
                    .getValues(0, String.class);
        }
    }

    private String load(Path input) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exitCode = commandLine.execute(
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                warehouseFile().toString());
        assertThat(exitCode).as(out.toString()).isEqualTo(2);
        return out.toString();
    }

    private Path warehouseFile() {
        return dir.resolve("warehouse.duckdb");
    }
}
