package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

class StagingDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void clearingKeepsNothingOfTheStagedRowsAndTheTablesTakeNewOnes() {
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            DSLContext dsl = warehouse.dsl();
            dsl.execute(
                    "INSERT INTO staging.payslips VALUES (1, 2, 'P-1', DATE '2017-01-25', 'LON-1', 'KS', 'ELECTRONIC'), "
                            + "(1, 3, 'P-2', DATE '2017-01-25', 'LON-1', 'KS', 'MANUAL')");
            dsl.execute(
                    "INSERT INTO staging.units VALUES (2, 2, 'LON-1', 'Lön', 'KS', 'LON', DATE '2014-01-01', NULL)");

            warehouse.staging().clear();

            // Not even stored as deleted: DuckDB keeps a deleted row's version in memory until the
            // table goes (see StagingDatabase.clear), so the tables are new and hold no row at all.
            assertThat(count(dsl, "SELECT sum(estimated_size) FROM duckdb_tables() WHERE database_name = 'staging'"))
                    .isZero();
            assertThat(count(dsl, "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'staging'"))
                    .isEqualTo(7);
            dsl.execute(
                    "INSERT INTO staging.payslips VALUES (3, 2, 'P-9', DATE '2017-02-25', 'LON-1', 'KS', 'MANUAL')");
            assertThat(dsl.fetch("SELECT payslip_id FROM staging.payslips").getValues(0, String.class))
                    .containsExactly("P-9");
        }
    }

    private static long count(DSLContext dsl, String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }
}
