package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.nyckeltal.support.TestWarehouse;

class IndicatorRecomputationTests {

    private static final double EXACT = 1e-9;

    @TempDir
    Path dir;

    private TestWarehouse warehouse;
    private CoreRows core;
    private IndicatorValues values;

    @BeforeEach
    void openWarehouse() {
        warehouse = TestWarehouse.create(dir);
        core = new CoreRows(warehouse.dsl());
        values = new IndicatorValues(warehouse.dsl());
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    private RecomputeSummary recomputeAll() {
        return recompute(null, null);
    }

    private RecomputeSummary recompute(YearMonth from, YearMonth to) {
        return warehouse.dsl().transactionResult(
                configuration -> new IndicatorRecomputation(10).recompute(configuration.dsl(), from, to));
    }

    @Test
    void workedExample1PerFteAcrossAReorganisation() {
        core.unit("EKO-A", "EKONOMI", "SUPPLIER_INVOICING", "2016-01-01", "2017-02-28")
            .unit("EKO-A", "EKONOMI", "CUSTOMER_INVOICING", "2017-03-01", null)
            .staffingMonths("e1", "2017-01", "2017-12", "EKO-A", "K", 1980, "1.0", "160")
            .invoices(100, "feb", "CUSTOMER", "2017-02-15", "EKO-A", "ELECTRONIC")
            .invoices(300, "mar", "CUSTOMER", "2017-03-15", "EKO-A", "SCANNED");

        recomputeAll();

        // February: EKO-A was supplier invoicing on 2017-02-01, so no customer FTE-months: 100 / 0.
        assertThat(values.all("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-02"))
                .isEqualTo(new IndicatorValues.Row(null, 100.0, 0.0, false));
        // March: 300 invoices / 1.0 FTE-month = 300.
        assertThat(values.all("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-03"))
                .isEqualTo(new IndicatorValues.Row(300.0, 300.0, 1.0, false));
        // Year: 400 invoices / 10 FTE-months (March..December) = 40.
        assertThat(values.all("EKO_CUST_INV_PER_FTE_MONTH", "YEAR", "2017"))
                .isEqualTo(new IndicatorValues.Row(40.0, 400.0, 10.0, false));
        // The unit and its area get the same values; the supplier per-FTE count has no invoices
        // but January and February are supplier-invoicing FTE-months: 0 / 2.
        assertThat(values.row("EKO_CUST_INV_PER_FTE_MONTH", "YEAR", "2017", "UNIT", "EKO-A", "T"))
                .isEqualTo(new IndicatorValues.Row(40.0, 400.0, 10.0, false));
        assertThat(values.row("EKO_CUST_INV_PER_FTE_MONTH", "YEAR", "2017", "AREA", "EKONOMI", "T"))
                .isEqualTo(new IndicatorValues.Row(40.0, 400.0, 10.0, false));
        assertThat(values.all("EKO_SUPP_INV_PER_FTE_MONTH", "YEAR", "2017"))
                .isEqualTo(new IndicatorValues.Row(0.0, 0.0, 2.0, false));
    }
}
