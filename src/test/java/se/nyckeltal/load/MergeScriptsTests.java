package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;
import se.nyckeltal.warehouse.SqlScript;

/** The merge scripts of sql/scripts/merge on a real warehouse: last delivery wins, touched months recorded. */
class MergeScriptsTests {

    @TempDir
    Path dir;

    TestWarehouse warehouse;
    DSLContext dsl;

    @BeforeEach
    void open() {
        warehouse = TestWarehouse.create(dir);
        dsl = warehouse.dsl();
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void aRedeliveredInvoiceReplacesTheEarlierOneAndBothMonthsAreTouched() {
        dsl.execute("""
                INSERT INTO staging.invoices VALUES
                  (1, 2, 'F-1', 'CUSTOMER', DATE '2017-01-15', 'EKO-A', NULL, 'ELECTRONIC', 100.5),
                  (1, 3, 'F-2', 'CUSTOMER', DATE '2017-02-01', 'EKO-A', NULL, 'SCANNED', NULL),
                  (1, 4, 'F-1', 'SUPPLIER', DATE '2017-02-03', 'EKO-B', NULL, 'MANUAL', NULL)""");
        merge("invoices", 1, 10);
        // file 2 corrects F-1 (CUSTOMER): moved from January to March
        dsl.execute("""
                INSERT INTO staging.invoices VALUES
                  (2, 2, 'F-1', 'CUSTOMER', DATE '2017-03-20', 'EKO-C', 'KS', 'MANUAL', 7)""");
        merge("invoices", 2, 11);

        assertThat(rows("SELECT invoice_type || ' ' || invoice_id || ' ' || registered_date || ' ' || unit_code "
                        + "|| ' ' || file_id || ':' || line_number FROM core.invoices ORDER BY 1"))
                .containsExactly(
                        "CUSTOMER F-1 2017-03-20 EKO-C 2:2",
                        "CUSTOMER F-2 2017-02-01 EKO-A 1:3",
                        "SUPPLIER F-1 2017-02-03 EKO-B 1:4");
        assertThat(rows("SELECT run_id || ' ' || from_month || ' ' || to_month FROM meta.dirty_months ORDER BY 1"))
                .containsExactly("10 2017-01-01 2017-02-01", "11 2017-01-01 2017-03-01");
        // the model only reads staging, another database (the loader clears it after the merge)
        assertThat(count("staging.invoices")).isEqualTo(4);
    }

    @Test
    void withinOneRunTheLaterFileInLoadOrderWinsAndOnlyTheRunsIngestedFilesAreMerged() {
        stageP1InTwoFilesOfRun20();
        // file 8 belongs to another run, file 9 was rejected
        dsl.execute("""
                INSERT INTO staging.payslips VALUES
                  (8, 2, 'P-3', DATE '2017-04-25', 'LON-8', NULL, 'PAPER'),
                  (9, 2, 'P-4', DATE '2017-03-25', 'LON-9', NULL, 'PAPER')""");
        plan("payslips", 8, 21, 1, "INGESTED");
        plan("payslips", 9, 20, 3, "REJECTED");
        mergeRun("payslips", 20);

        assertThat(rows(
                        "SELECT payslip_id || ' ' || pay_date || ' ' || unit_code || ' ' || file_id || ':' || line_number "
                                + "FROM core.payslips ORDER BY 1"))
                .containsExactly("P-1 2017-05-25 LON-6 6:2", "P-2 2017-05-02 LON-7 7:3");
        // the April version of P-1 never reached core, but the touched months are the run's files'
        // ranges of pay_date: April is recomputed too (unchanged); the rejected file 9's March is not
        assertThat(rows("SELECT run_id || ' ' || from_month || ' ' || to_month FROM meta.dirty_months"))
                .containsExactly("20 2017-04-01 2017-05-01");
    }

    @Test
    void lastOrderLeavesTheRunsLaterFilesStagedForTheNextTransaction() {
        stageP1InTwoFilesOfRun20();

        mergeRun("payslips", 20, 1);

        assertThat(rows("SELECT payslip_id || ' ' || file_id FROM core.payslips ORDER BY 1"))
                .containsExactly("P-1 7", "P-2 7");

        // the merge marks no state: the loader finishes file 7 before the next transaction
        dsl.execute("UPDATE meta.load_file SET state = 'LOADED' WHERE file_id = 7");
        mergeRun("payslips", 20, 2);

        // the same rows as one transaction over both files; April is touched too, by the replaced row
        assertThat(rows("SELECT payslip_id || ' ' || pay_date || ' ' || file_id FROM core.payslips ORDER BY 1"))
                .containsExactly("P-1 2017-05-25 6", "P-2 2017-05-02 7");
        assertThat(rows("SELECT from_month || ' ' || to_month FROM meta.dirty_months ORDER BY 1"))
                .containsExactly("2017-04-01 2017-05-01", "2017-04-01 2017-05-01");
    }

    @Test
    void aKeyRepeatedInFilesWhoseRangesOnlyTouchIsMergedOnceFromTheLaterFile() {
        // Only files whose contact_id ranges overlap are searched for repeats. Ranges: file 31 [C-1, C-5]
        // and file 32 [C-5, C-9] meet at C-5 only; file 33 [C-6, C-7] lies within file 32's range
        // without sharing a key; file 34 [D-1, D-2] overlaps no other file.
        dsl.execute("""
                INSERT INTO staging.contacts VALUES
                  (31, 2, 'C-1', TIMESTAMP '2017-01-02 08:00:00', 'PHONE', 'KC-A', 'HANDLED', 10, 60, true),
                  (31, 3, 'C-5', TIMESTAMP '2017-01-31 16:00:00', 'PHONE', 'KC-A', 'HANDLED', 20, 60, true),
                  (32, 2, 'C-5', TIMESTAMP '2017-02-01 09:00:00', 'EMAIL', 'KC-B', 'HANDLED', NULL, 90, false),
                  (32, 3, 'C-9', TIMESTAMP '2017-02-03 09:00:00', 'EMAIL', 'KC-B', 'HANDLED', NULL, 90, true),
                  (33, 2, 'C-6', TIMESTAMP '2017-03-01 09:00:00', 'CHAT', 'KC-C', 'HANDLED', 5, 30, true),
                  (33, 3, 'C-7', TIMESTAMP '2017-03-02 09:00:00', 'CHAT', 'KC-C', 'HANDLED', 5, 30, true),
                  (34, 2, 'D-1', TIMESTAMP '2017-04-01 09:00:00', 'CHAT', 'KC-D', 'HANDLED', 5, 30, true),
                  (34, 3, 'D-2', TIMESTAMP '2017-04-02 09:00:00', 'CHAT', 'KC-D', 'HANDLED', 5, 30, true)""");
        plan("contacts", 31, 30, 1, "INGESTED");
        plan("contacts", 32, 30, 2, "INGESTED");
        plan("contacts", 33, 30, 3, "INGESTED");
        plan("contacts", 34, 30, 4, "INGESTED");
        mergeRun("contacts", 30);

        // C-5 once, from the later file 32; everything else as delivered
        assertThat(rows("SELECT contact_id || ' ' || unit_code || ' ' || file_id || ':' || line_number "
                        + "FROM core.contacts ORDER BY 1"))
                .containsExactly(
                        "C-1 KC-A 31:2",
                        "C-5 KC-B 32:2",
                        "C-6 KC-C 33:2",
                        "C-7 KC-C 33:3",
                        "C-9 KC-B 32:3",
                        "D-1 KC-D 34:2",
                        "D-2 KC-D 34:3");
    }

    @Test
    void withinOneRunARepeatedInvoiceIsTheLaterFilesAndTheSameNumberOfTheOtherTypeIsAnotherInvoice() {
        // Ranges are compared per type: the two types number their invoices apart, so the files'
        // ranges interleave. File 42 repeats CUSTOMER 500 of file 41; SUPPLIER 500 is another key.
        dsl.execute("""
                INSERT INTO staging.invoices VALUES
                  (41, 2, '100', 'CUSTOMER', DATE '2017-01-10', 'EKO-A', NULL, 'ELECTRONIC', 1),
                  (41, 3, '500', 'CUSTOMER', DATE '2017-01-20', 'EKO-A', NULL, 'ELECTRONIC', 2),
                  (41, 4, '300', 'SUPPLIER', DATE '2017-01-25', 'EKO-S', NULL, 'SCANNED', 3),
                  (42, 2, '500', 'CUSTOMER', DATE '2017-02-01', 'EKO-B', NULL, 'MANUAL', 4),
                  (42, 3, '900', 'CUSTOMER', DATE '2017-02-05', 'EKO-B', NULL, 'MANUAL', 5),
                  (42, 4, '500', 'SUPPLIER', DATE '2017-02-07', 'EKO-S', NULL, 'SCANNED', 6)""");
        plan("invoices", 41, 40, 1, "INGESTED");
        plan("invoices", 42, 40, 2, "INGESTED");
        mergeRun("invoices", 40);

        assertThat(rows("SELECT invoice_type || ' ' || invoice_id || ' ' || unit_code || ' ' || file_id || ':' "
                        + "|| line_number FROM core.invoices ORDER BY 1"))
                .containsExactly(
                        "CUSTOMER 100 EKO-A 41:2",
                        "CUSTOMER 500 EKO-B 42:2",
                        "CUSTOMER 900 EKO-B 42:3",
                        "SUPPLIER 300 EKO-S 41:4",
                        "SUPPLIER 500 EKO-S 42:4");
    }

    /**
     * Run 20's two ingested payslip files, file 7 before file 6 in load order: P-1 in both (April
     * in 7, May in 6), P-2 in file 7 only.
     */
    private void stageP1InTwoFilesOfRun20() {
        dsl.execute("""
                INSERT INTO staging.payslips VALUES
                  (6, 2, 'P-1', DATE '2017-05-25', 'LON-6', NULL, 'ELECTRONIC'),
                  (7, 2, 'P-1', DATE '2017-04-25', 'LON-7', NULL, 'ELECTRONIC'),
                  (7, 3, 'P-2', DATE '2017-05-02', 'LON-7', NULL, 'PAPER')""");
        plan("payslips", 7, 20, 1, "INGESTED");
        plan("payslips", 6, 20, 2, "INGESTED");
    }

    @Test
    void anotherSickDayTouchesEveryMonthOfItsSpell() {
        dsl.execute("""
                INSERT INTO core.sick_leave VALUES
                  ('p1', DATE '2017-01-30', DATE '2017-01-30', 8, 1, 2),
                  ('p1', DATE '2017-01-31', DATE '2017-01-30', 8, 1, 3),
                  ('p2', DATE '2016-05-02', DATE '2016-05-02', 8, 1, 4)""");
        // the spell of p1 goes on into March: its January days may now be long-term
        dsl.execute("INSERT INTO staging.sick_leave VALUES (2, 2, 'p1', DATE '2017-03-01', DATE '2017-01-30', 4.5)");
        merge("sick_leave", 2, 5);

        assertThat(rows("SELECT from_month || ' ' || to_month FROM meta.dirty_months"))
                .containsExactly("2017-01-01 2017-03-01");
        assertThat(rows("SELECT sum(sick_hours)::VARCHAR FROM core.sick_leave WHERE employee_pseudonym = 'p1'"))
                .containsExactly("20.500000");
    }

    @Test
    void aNewUnitVersionTouchesItsMonthsUpToTheLatestData() {
        dsl.execute(
                "INSERT INTO core.staffing VALUES ('p1', DATE '2017-06-01', 'EKO-A', 'K', 1980, 100, 1, 160, 1, 2)");
        dsl.execute("""
                INSERT INTO staging.units VALUES
                  (3, 2, 'EKO-A', 'Kundreskontra', 'EKONOMI', 'CUSTOMER_INVOICING', DATE '2017-03-01', NULL)""");
        merge("units", 3, 7);

        assertThat(rows("SELECT from_month || ' ' || to_month FROM meta.dirty_months"))
                .containsExactly("2017-03-01 2017-06-01");
        assertThat(
                        rows(
                                "SELECT unit_code || ' ' || valid_from || ' ' || coalesce(valid_to::VARCHAR, '-') FROM core.units"))
                .containsExactly("EKO-A 2017-03-01 -");
    }

    @Test
    void staffingMeasuresBecomeExactDecimals() {
        dsl.execute(
                "INSERT INTO staging.staffing VALUES (4, 2, 'p1', DATE '2017-01-01', 'HR-1', 'M', NULL, 75, 0.1, 0.2)");
        merge("staffing", 4, 8);
        assertThat(rows("SELECT (fte + scheduled_hours)::VARCHAR FROM core.staffing"))
                .containsExactly("0.300000"); // 0.1 + 0.2 in DECIMAL, not 0.30000000000000004
    }

    @Test
    void targetsTouchWholeYears() {
        dsl.execute("INSERT INTO staging.targets VALUES (5, 2, 'HR_SICK_LEAVE_PCT', 2017, 6.0, NULL)");
        merge("targets", 5, 9);
        assertThat(rows("SELECT from_month || ' ' || to_month FROM meta.dirty_months"))
                .containsExactly("2017-01-01 2017-12-01");
    }

    /** Plans the file as ingested in its own run and merges that run. */
    private void merge(String extract, long fileId, long runId) {
        plan(extract, fileId, runId, (int) fileId, "INGESTED");
        mergeRun(extract, runId);
    }

    private void plan(String extract, long fileId, long runId, int loadOrder, String state) {
        dsl.execute(
                "INSERT INTO meta.load_file (file_id, run_id, load_order, extract, file_name, file_checksum, "
                        + "file_bytes, state) VALUES (?, ?, ?, ?, ?, 'sha', 1, ?)",
                fileId,
                runId,
                loadOrder,
                extract,
                extract + "/" + fileId + ".csv",
                state);
    }

    private void mergeRun(String extract, long runId) {
        mergeRun(extract, runId, Integer.MAX_VALUE);
    }

    private void mergeRun(String extract, long runId, int lastOrder) {
        dsl.transaction(tx -> SqlScript.load("scripts/merge/" + extract + ".sql")
                .run(tx.dsl(), Map.of("run_id", runId, "last_order", lastOrder)));
    }

    private List<String> rows(String sql) {
        return dsl.fetch(sql).getValues(0, String.class);
    }

    private int count(String table) {
        return dsl.fetchCount(dsl.selectFrom(table));
    }
}
