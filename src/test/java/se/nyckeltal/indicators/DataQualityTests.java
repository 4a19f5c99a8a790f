package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data tests of sql/tests, appended to report.data_quality after every recomputation. */
class DataQualityTests extends IndicatorTestSupport {

    private void aSmallCleanWarehouse() {
        core.unit("EKO-1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null)
                .staffing("e1", "2017-01", "EKO-1", "K", 1980, "1.0", "160")
                .sickDay("e1", "2017-01-09", "2017-01-09", "8")
                .invoice("i1", "CUSTOMER", "2017-01-10", "EKO-1", "ELECTRONIC")
                .payslip("p1", "2017-01-25", "EKO-1", "MANUAL")
                .contact("c1", "2017-01-03T10:00:00", "PHONE", "EKO-1", "ANSWERED", 30, true)
                .target("EKO_CUST_INV_COUNT", 2017, 1.0, 2.0);
    }

    @Test
    void everyCheckPassesOnCleanDataWithOneTimestampPerRun() {
        aSmallCleanWarehouse();

        RecomputeSummary summary = recomputeAll();

        assertThat(summary.dataQuality())
                .extracting(DataTestResult::checkName)
                .contains(
                        "sick_leave_without_staffing",
                        "unknown_unit",
                        "core_natural_keys_unique",
                        "indicator_values_keys_unique",
                        "indicator_values_required_columns",
                        "indicator_values_share_range",
                        "indicator_values_value_consistent",
                        "indicator_values_periods_complete",
                        "indicator_table_keys_unique");
        assertThat(summary.dataQuality()).allSatisfy(result -> {
            assertThat(result.status()).as(result.checkName()).isEqualTo("PASS");
            assertThat(result.failingCount()).as(result.checkName()).isZero();
        });
        List<String> stored = warehouse.dsl().fetch("""
                SELECT check_name || ' ' || failing_count || ' ' || status FROM report.data_quality ORDER BY check_name""").getValues(0, String.class);
        assertThat(stored).hasSize(summary.dataQuality().size()).allMatch(line -> line.endsWith(" 0 PASS"));
        assertThat(((Number) warehouse.dsl().fetchValue("SELECT count(DISTINCT checked_at) FROM report.data_quality"))
                        .longValue())
                .isEqualTo(1);
        assertThat(((Number) warehouse
                                .dsl()
                                .fetchValue("SELECT count(*) FROM report.data_quality WHERE description = ''"))
                        .longValue())
                .isZero();
    }

    @Test
    void everyFileOfTheTestsFolderIsATestAndItsSubfoldersHoldHelpers() throws java.io.IOException {
        List<String> files;
        try (var listing = java.nio.file.Files.list(java.nio.file.Path.of("sql/tests"))) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .map(name -> "tests/" + name)
                    .toList();
        }
        assertThat(files).contains("tests/unknown_unit.sql", "tests/disclosure_rule_holds.sql");
        assertThat(DataTests.paths())
                .containsExactlyInAnyOrderElementsOf(files)
                .doesNotContain("tests/disclosure_rule_holds/setup.sql");
    }

    @Test
    void everyRecomputationAppendsItsResults() {
        aSmallCleanWarehouse();

        recomputeAll();
        recomputeAll();

        assertThat(dataQuality("unknown_unit")).containsExactly("0 PASS", "0 PASS");
    }

    @Test
    void aNaturalKeyInCoreFromTwoFilesFails() {
        aSmallCleanWarehouse();
        // the fixture's rows come from file 1; a second delivery's version of i1 was merged beside it
        warehouse
                .dsl()
                .execute("INSERT INTO core.invoices SELECT * REPLACE (2 AS file_id, DATE '2017-01-11' AS "
                        + "registered_date) FROM core.invoices WHERE invoice_id = 'i1'");

        RecomputeSummary summary = recomputeAll();

        assertThat(dataQuality("core_natural_keys_unique")).containsExactly("1 FAIL");
        assertThat(summary.dataQualityFailures()).isEqualTo(1);
    }

    @Test
    void aFileWithMoreRowsInCoreThanItsIngestStagedFails() {
        aSmallCleanWarehouse();
        core.invoice("i2", "CUSTOMER", "2017-01-12", "EKO-1", "SCANNED");
        // file 1 staged two invoices; the merge added i2 twice
        warehouse
                .dsl()
                .execute("INSERT INTO meta.load_file (file_id, run_id, load_order, extract, file_name, "
                        + "file_checksum, file_bytes, state, rows_loaded) VALUES (1, 1, 1, 'invoices', 'invoices/2017-01.csv', "
                        + "'c', 100, 'LOADED', 2)");
        warehouse.dsl().execute("INSERT INTO core.invoices SELECT * FROM core.invoices WHERE invoice_id = 'i2'");

        RecomputeSummary summary = recomputeAll();

        assertThat(dataQuality("core_natural_keys_unique")).containsExactly("1 FAIL");
        assertThat(summary.dataQualityFailures()).isEqualTo(1);
    }

    @Test
    void aShareAboveHundredFails() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null);
        // eleven employees with 10 scheduled hours each and 12 sick hours each: 120 %
        for (int i = 1; i <= 11; i++) {
            core.staffing("e" + i, "2017-01", "HR-1", "K", 1980, "1.0", "10")
                    .sickDay("e" + i, "2017-01-09", "2017-01-09", "12");
        }

        recomputeAll();

        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-01"), 120.0, 132.0, 110.0);
        // Sick leave and day 1-14 (T and K), at ALL, AREA and UNIT, in MONTH and YEAR: 2 × 2 × 3 × 2 = 24 rows,
        // and the 30-49 age group (T) at the three levels in both periods: 6 more.
        assertThat(dataQuality("indicator_values_share_range")).containsExactly("30 FAIL");
    }

    @Test
    void warningsCountTheRowsConcerned() {
        aSmallCleanWarehouse();
        core.invoice("g1", "CUSTOMER", "2017-01-12", "GHOST", "ELECTRONIC")
                .payslip("g2", "2017-01-25", "GHOST", "MANUAL")
                .staffing("g3", "2017-01", "GHOST", "M", 1980, "1.0", "160")
                .sickDay("nobody", "2017-01-09", "2017-01-09", "8")
                .sickDay("nobody", "2017-01-10", "2017-01-09", "8");

        RecomputeSummary summary = recomputeAll();

        assertThat(dataQuality("unknown_unit")).containsExactly("3 WARN");
        assertThat(dataQuality("sick_leave_without_staffing")).containsExactly("2 WARN");
        assertThat(summary.dataQualityWarnings()).isEqualTo(2);
        assertThat(summary.dataQualityFailures()).isZero();
    }
}
