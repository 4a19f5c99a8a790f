package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;
import se.nyckeltal.warehouse.FileState;

class IngestWorkerPartitionerTests {

    private static final long RUN = 7;

    @TempDir
    Path dir;

    @Test
    void oneWorkerPerThreadTakesTheRunsPendingFilesLargestFirst() {
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            DSLContext dsl = warehouse.dsl();
            file(dsl, 1, RUN, 1, 500, FileState.PENDING);
            file(dsl, 2, RUN, 2, 9_000, FileState.PENDING);
            file(dsl, 3, RUN, 3, 9_000, FileState.PENDING); // as large as 2, later in load order
            file(dsl, 4, RUN, 4, 20_000, FileState.SKIPPED_UNCHANGED);
            file(dsl, 5, RUN + 1, 1, 30_000, FileState.PENDING); // another run's
            file(dsl, 6, RUN, 5, 700, FileState.LOADED);
            PendingFiles pending = new PendingFiles();
            LoadProgress progress = new LoadProgress();

            var partitions = new IngestWorkerPartitioner(dsl, warehouse.staging(), RUN, pending, progress).partition(3);

            assertThat(partitions).containsOnlyKeys("worker-1", "worker-2", "worker-3");
            assertThat(drain(pending)).containsExactly(2L, 3L, 1L);
            assertThat(new IngestWorkerPartitioner(dsl, warehouse.staging(), RUN, pending, progress).partition(1))
                    .hasSize(1);
            PendingFiles.PendingFile largest = pending.next();
            assertThat(largest).isEqualTo(new PendingFiles.PendingFile(2, "contacts", "contacts/f2.csv", 9_000));
            // planned: 3 files of 500 + 9 000 + 9 000 bytes; one of 9 000 done is 48.6 % of them
            progress.reset();
            progress.fileDone(9_000);
            assertThat(progress.line()).startsWith("1/3 files, 0 rows").contains(" 49 % of bytes");
        }
    }

    @Test
    void filesIngestedButNotMergedAreIngestedAgainAndStagingIsCleared() {
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            DSLContext dsl = warehouse.dsl();
            file(dsl, 1, RUN, 1, 500, FileState.INGESTED);
            file(dsl, 2, RUN, 2, 900, FileState.PENDING);
            file(dsl, 3, RUN, 3, 700, FileState.LOADED);
            file(dsl, 4, RUN + 1, 1, 800, FileState.INGESTED); // another run's
            dsl.execute("INSERT INTO staging.contacts VALUES (1, 2, 'C-1', TIMESTAMP '2017-01-02 08:00:00', 'PHONE', "
                    + "'KC-A', 'HANDLED', 10, 60, true)");
            // rejects of the first attempt at file 1, and of file 3 (loaded) and 4 (the other run's)
            dsl.execute("INSERT INTO meta.rejected_rows (file_id, line_number, reason) "
                    + "VALUES (1, 3, 'bad date'), (3, 5, 'bad unit'), (4, 2, 'bad id')");
            PendingFiles pending = new PendingFiles();

            new IngestWorkerPartitioner(dsl, warehouse.staging(), RUN, pending, new LoadProgress()).partition(2);

            assertThat(drain(pending)).containsExactly(2L, 1L);
            assertThat(dsl.fetch("SELECT file_id || ' ' || state FROM meta.load_file ORDER BY file_id")
                            .getValues(0, String.class))
                    .containsExactly("1 PENDING", "2 PENDING", "3 LOADED", "4 INGESTED");
            assertThat(dsl.fetchCount(dsl.selectFrom("staging.contacts"))).isZero();
            // file 1 is ingested again: its new attempt's rejects only, never the old ones twice
            assertThat(dsl.fetch("SELECT file_id FROM meta.rejected_rows ORDER BY file_id")
                            .getValues(0, Long.class))
                    .containsExactly(3L, 4L);
        }
    }

    @Test
    void theWorkersAreTheSameWhenNothingOrLittleIsLeft() {
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            DSLContext dsl = warehouse.dsl();
            file(dsl, 1, RUN, 1, 500, FileState.LOADED);
            PendingFiles pending = new PendingFiles();

            var partitions = new IngestWorkerPartitioner(dsl, warehouse.staging(), RUN, pending, new LoadProgress())
                    .partition(2);

            // A restart must find the workers of the first attempt by name, whatever is left to do.
            assertThat(partitions).containsOnlyKeys("worker-1", "worker-2");
            assertThat(pending.next()).isNull();
        }
    }

    private static List<Long> drain(PendingFiles pending) {
        List<Long> ids = new ArrayList<>();
        for (PendingFiles.PendingFile file = pending.next(); file != null; file = pending.next()) {
            ids.add(file.fileId());
        }
        return ids;
    }

    private static void file(DSLContext dsl, long id, long run, int order, long bytes, FileState state) {
        dsl.insertInto(LOAD_FILE)
                .set(LOAD_FILE.FILE_ID, id)
                .set(LOAD_FILE.RUN_ID, run)
                .set(LOAD_FILE.LOAD_ORDER, order)
                .set(LOAD_FILE.EXTRACT, "contacts")
                .set(LOAD_FILE.FILE_NAME, "contacts/f" + id + ".csv")
                .set(LOAD_FILE.FILE_CHECKSUM, "c" + id)
                .set(LOAD_FILE.FILE_BYTES, bytes)
                .set(LOAD_FILE.STATE, state)
                .execute();
    }
}
