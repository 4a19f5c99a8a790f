package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The recomputation as the batch commands use it: windows, set differences, transactions, summary. */
class IndicatorRecomputationTests extends IndicatorTestSupport {

    @Test
    void workedExample1PerFteAcrossAReorganisation() {
        core.unit("EKO-A", "EKONOMI", "SUPPLIER_INVOICING", "2016-01-01", "2017-02-28")
                .unit("EKO-A", "EKONOMI", "CUSTOMER_INVOICING", "2017-03-01", null)
                .staffingMonths("e1", "2017-01", "2017-12", "EKO-A", "K", 1980, "1.0", "160")
                .invoices(100, "feb", "CUSTOMER", "2017-02-15", "EKO-A", "ELECTRONIC")
                .invoices(300, "mar", "CUSTOMER", "2017-03-15", "EKO-A", "SCANNED");

        recomputeAll();

        // February: EKO-A was supplier invoicing on 2017-02-01, so no customer FTE-months: 100 / 0.
        assertRow(values.all("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-02"), null, 100.0, 0.0);
        // March: 300 invoices / 1.0 FTE-month.
        assertRow(values.all("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-03"), 300.0, 300.0, 1.0);
        // Year: 400 invoices / 10 FTE-months (March..December) = 40, for the unit and its area too.
        assertRow(values.all("EKO_CUST_INV_PER_FTE_MONTH", "YEAR", "2017"), 40.0, 400.0, 10.0);
        assertRow(values.row("EKO_CUST_INV_PER_FTE_MONTH", "YEAR", "2017", "UNIT", "EKO-A", "T"), 40.0, 400.0, 10.0);
        assertRow(values.row("EKO_CUST_INV_PER_FTE_MONTH", "YEAR", "2017", "AREA", "EKONOMI", "T"), 40.0, 400.0, 10.0);
        // The supplier per-FTE value has no invoices, but January and February are supplier FTE-months: 0 / 2.
        assertRow(values.all("EKO_SUPP_INV_PER_FTE_MONTH", "YEAR", "2017"), 0.0, 0.0, 2.0);
        // Invoice periods are February and March only, whatever the staffing.
        assertThat(values.periods("EKO_CUST_INV_PER_FTE_MONTH", "MONTH")).containsExactly("2017-02", "2017-03");
    }

    @Test
    void recomputingOneMonthLeavesTheRowsOfOtherPeriodsAlone() {
        core.unit("EKO-1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null);
        for (int m = 1; m <= 6; m++) {
            core.invoice("i" + m, "CUSTOMER", String.format("2017-%02d-10", m), "EKO-1", "ELECTRONIC");
        }
        recomputeAll();
        // New data in March (recomputed) and in May (not recomputed).
        core.invoice("late-mar", "CUSTOMER", "2017-03-20", "EKO-1", "SCANNED")
                .invoice("late-may", "CUSTOMER", "2017-05-20", "EKO-1", "SCANNED");

        RecomputeSummary summary = recompute(10, YearMonth.of(2017, 3), YearMonth.of(2017, 3));

        assertRow(values.all("EKO_CUST_INV_COUNT", "MONTH", "2017-03"), 2.0, 2.0, null);
        // May is outside the window: still the old row.
        assertRow(values.all("EKO_CUST_INV_COUNT", "MONTH", "2017-05"), 1.0, 1.0, null);
        assertRow(values.all("EKO_CUST_INV_ELECTRONIC_PCT", "MONTH", "2017-05"), 100.0, 1.0, 1.0);
        // The year overlaps the window: recomputed from all its data, May's new invoice included.
        assertRow(values.all("EKO_CUST_INV_COUNT", "YEAR", "2017"), 8.0, 8.0, null);
        // Six invoice indicators × (MONTH 2017-03 + YEAR 2017).
        assertThat(summary.periodsRecomputed()).isEqualTo(12);
        assertThat(summary.periodsRemoved()).isZero();
    }

    @Test
    void aBackFilledEarlierMonthCreatesTheNewRollingYearsOutsideTheWindow() {
        core.unit("EKO-1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null);
        for (int m = 1; m <= 12; m++) {
            core.invoice("i" + m, "CUSTOMER", String.format("2017-%02d-10", m), "EKO-1", "ELECTRONIC");
        }
        recomputeAll();
        assertThat(values.periods("EKO_CUST_INV_COUNT", "R12")).containsExactly("2017-12");

        // An older delivery arrives: 2016-06 becomes the first month with invoices.
        core.invoice("old", "CUSTOMER", "2016-06-10", "EKO-1", "ELECTRONIC");
        recompute(10, YearMonth.of(2016, 6), YearMonth.of(2016, 6));

        // R12 periods now start at 2016-06 + 11 months = 2017-05, also those far outside the window.
        assertThat(values.periods("EKO_CUST_INV_COUNT", "R12"))
                .containsExactly(
                        "2017-05", "2017-06", "2017-07", "2017-08", "2017-09", "2017-10", "2017-11", "2017-12");
        // 2017-05 covers 2016-06..2017-05: the old invoice + January..May.
        assertRow(values.all("EKO_CUST_INV_COUNT", "R12", "2017-05"), 6.0, 6.0, null);
        // 2017-08 covers 2016-09..2017-08: January..August.
        assertRow(values.all("EKO_CUST_INV_COUNT", "R12", "2017-08"), 8.0, 8.0, null);
        assertThat(values.periods("EKO_CUST_INV_COUNT", "YEAR")).containsExactly("2016", "2017");
    }

    @Test
    void periodsTheDataNoLongerImpliesAreRemovedWhateverTheWindow() {
        core.unit("EKO-1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null);
        for (int m = 1; m <= 12; m++) {
            core.invoice("i" + m, "CUSTOMER", String.format("2017-%02d-10", m), "EKO-1", "ELECTRONIC");
        }
        recomputeAll();
        warehouse.dsl().execute("DELETE FROM core.invoices WHERE registered_date >= DATE '2017-12-01'");

        RecomputeSummary summary = recompute(10, YearMonth.of(2017, 1), YearMonth.of(2017, 1));

        assertThat(values.periods("EKO_CUST_INV_COUNT", "MONTH")).hasSize(11).doesNotContain("2017-12");
        assertThat(values.periods("EKO_CUST_INV_COUNT", "R12")).isEmpty();
        // MONTH 2017-12 and R12 2017-12 of the six invoice indicators.
        assertThat(summary.periodsRemoved()).isEqualTo(12);
        assertThat(dataQuality("indicator_values_periods_complete")).containsExactly("0 PASS", "0 PASS");
    }

    @Test
    void recomputingEverythingTwiceWritesTheSameRows() {
        core.unit("EKO-1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null)
                .staffing("e1", "2017-01", "EKO-1", "K", 1980, "1.0", "160")
                .invoice("i1", "CUSTOMER", "2017-01-10", "EKO-1", "ELECTRONIC");
        RecomputeSummary first = recomputeAll();
        String before = snapshot();

        RecomputeSummary second = recomputeAll();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(second.rowsWritten())
                .isEqualTo(first.rowsWritten())
                .isEqualTo(((Number) warehouse.dsl().fetchValue("SELECT count(*) FROM report.indicator_values"))
                        .longValue());
    }

    @Test
    void theViewsShowAnAnalystTheRowsOfAFullRecomputation() throws Exception {
        core.unit("HR-1", "HR", "CUSTOMER_INVOICING", "2016-01-01", null)
                .invoice("i1", "CUSTOMER", "2017-01-10", "HR-1", "ELECTRONIC")
                .payslip("p1", "2017-02-25", "HR-1", "MANUAL")
                .contact("c1", "2017-03-01T10:00:00", "PHONE", "HR-1", "ANSWERED", 30, true)
                .sickDay("k-1", "2017-01-05", "2017-01-05", "8");
        colleagues(12, "k", "2016-11", "2017-04", "HR-1", "K", 1970, "1.0", "160");
        recomputeAll();

        // A new connection, as an analyst's: no variables set.
        try (Connection analyst = warehouse.dataSource().getConnection();
                Statement statement = analyst.createStatement();
                ResultSet difference = statement.executeQuery("""
                     WITH stored AS (
                         SELECT * EXCLUDE (suppressed, suppression, frozen_at) FROM report.indicator_values
                         WHERE NOT starts_with(indicator_code, 'HR_')
                         UNION ALL
                         SELECT * FROM core.hr_indicator_value
                     )
                     SELECT (SELECT count(*) FROM (SELECT * FROM stored
                                                   EXCEPT ALL SELECT * FROM report.indicator_values_model)),
                            (SELECT count(*) FROM (SELECT * FROM report.indicator_values_model
                                                   EXCEPT ALL SELECT * FROM stored)),
                            (SELECT count(*) FROM report.indicator_values)""")) {
            difference.next();
            assertThat(difference.getLong(1)).isZero();
            assertThat(difference.getLong(2)).isZero();
            assertThat(difference.getLong(3)).isPositive();
        }
    }

    @Test
    void itRunsInTheCallersTransactionAndCommitsNothingItself() throws Exception {
        core.unit("EKO-1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null)
                .invoice("i1", "CUSTOMER", "2017-01-10", "EKO-1", "ELECTRONIC");

        assertThatThrownBy(() -> warehouse.dsl().transaction(configuration -> {
                    new IndicatorRecomputation().recompute(configuration.dsl(), null, null);
                    // another connection, reading while the recomputation is not committed, sees nothing new
                    try (Connection reader = warehouse.dataSource().getConnection();
                            Statement statement = reader.createStatement();
                            ResultSet rows = statement.executeQuery("SELECT count(*) FROM report.indicator_values")) {
                        rows.next();
                        assertThat(rows.getLong(1)).isZero();
                    }
                    throw new IllegalStateException("the caller rolls back");
                }))
                .hasMessageContaining("the caller rolls back");

        assertThat(((Number) warehouse.dsl().fetchValue("SELECT count(*) FROM report.indicator_values")).longValue())
                .isZero();
        assertThat(((Number) warehouse.dsl().fetchValue("SELECT count(*) FROM report.data_quality")).longValue())
                .isZero();
    }

    @Test
    void anEmptyWarehouseRecomputesToNothing() {
        RecomputeSummary summary = recomputeAll();

        assertThat(summary.periodsRecomputed()).isZero();
        assertThat(summary.rowsWritten()).isZero();
        assertThat(summary.indicatorTableRows()).isZero();
        assertThat(summary.dataQualityFailures()).isZero();
    }

    @Test
    void aWindowMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> recompute(10, YearMonth.of(2017, 5), YearMonth.of(2017, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String snapshot() {
        return warehouse.dsl().fetch("""
                SELECT * FROM report.indicator_values
                ORDER BY indicator_code, period_type, period, org_level, org_code, gender""").formatCSV();
    }
}
