package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

/** The merge step's guard: staged rows live in memory, so a file is merged only with all of them. */
class MergeFilesTaskletTests {

    private static final long RUN = 5;

    @TempDir
    Path dir;

    @Test
    void anIngestedFileWhoseStagedRowsAreNotAllThereIsNotMerged() {
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            DSLContext dsl = warehouse.dsl();
            // its ingest recorded two rows; one is staged
            dsl.execute(
                    "INSERT INTO meta.load_file (file_id, run_id, load_order, extract, file_name, file_checksum, "
                            + "file_bytes, state, rows_read, rows_loaded, rows_rejected) VALUES (1, ?, 1, 'payslips', "
                            + "'payslips/2017-01.csv', 'sha', 1, 'INGESTED', 2, 2, 0)",
                    RUN);
            dsl.execute("INSERT INTO staging.payslips VALUES (1, 2, 'P-1', DATE '2017-01-25', 'LON-1', NULL, 'PAPER')");
            MergeFilesTasklet merge = new MergeFilesTasklet(dsl, warehouse.staging(), RUN, 1_000_000);

            assertThatThrownBy(() -> merge.execute(null, null))
                    .hasMessageContaining("payslips file(s) are incomplete (1 of 2)");
            assertThat(dsl.fetchCount(dsl.selectFrom("core.payslips"))).isZero();
            assertThat(dsl.fetchValue("SELECT state FROM meta.load_file WHERE file_id = 1"))
                    .isEqualTo("INGESTED");
        }
    }
}
