package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.support.TestWarehouse;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.Pseudonymizer;

/**
 * The ingest of one file: its valid rows go to the in-memory staging database in the worker's
 * transaction there, its rejects to the warehouse in the transaction it runs in (the ingest
 * step's). More rows than the Appender's 2 048-row flush, which outside a transaction commits on
 * its own.
 */
class FileIngesterTests {

    private static final int ROWS = 5_000;
    private static final long RUN = 7;

    @TempDir
    Path dir;

    TestWarehouse warehouse;
    FileIngester ingester;
    TransactionTemplate transaction;
    StagedRowsTransaction staged;
    Path file;

    @BeforeEach
    void open() throws IOException {
        warehouse = TestWarehouse.create(dir);
        ingester = new FileIngester(
                warehouse.dataSource(),
                new LoadProperties(null, null, null, null, null),
                new Pseudonymizer("test-key".getBytes(StandardCharsets.UTF_8)),
                new LoadProgress());
        transaction = new TransactionTemplate(new JdbcTransactionManager(warehouse.dataSource()));
        staged = new StagedRowsTransaction(warehouse.staging());
        StringBuilder csv = new StringBuilder(
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("F-").append(i).append(";CUSTOMER;2017-01-16;EKO-A;;ELECTRONIC;100,50\n");
        }
        csv.append("F-X;CUSTOMER;2017-01-16;EKO-A;;ELECTRONIC;not a number\n");
        file = Files.writeString(dir.resolve("2017-01.csv"), csv);
    }

    @AfterEach
    void close() throws SQLException {
        staged.close();
        warehouse.close();
    }

    @Test
    void theRejectsCommitWithTheStepAndTheValidRowsWithTheWorkersStagedRows() throws SQLException {
        transaction.executeWithoutResult(status -> {
            IngestResult result = ingest(1, file);
            assertThat(result.rowsValid()).isEqualTo(ROWS);
            assertThat(result.rowsRejected()).isEqualTo(1);
        });
        assertThat(rejects()).isEqualTo(1);
        assertThat(stagedRows()).isZero();

        staged.commit();

        assertThat(stagedRows()).isEqualTo(ROWS);
    }

    @Test
    void theWorkersStagedRowsCommitOnceTheyFillFourRowGroups() throws SQLException {
        transaction.executeWithoutResult(status -> ingest(1, file));
        staged.staged(ROWS);
        assertThat(stagedRows()).isZero();

        staged.staged(StagedRowsTransaction.ROWS_PER_COMMIT - ROWS - 1);
        assertThat(stagedRows()).isZero();
        staged.staged(1);

        assertThat(stagedRows()).isEqualTo(ROWS);
    }

    @Test
    void aWorkerThatStopsBeforeCommittingLeavesNoStagedRow() throws SQLException {
        transaction.executeWithoutResult(status -> ingest(1, file));
        transaction.executeWithoutResult(status -> ingest(2, file));

        staged.close();

        assertThat(stagedRows()).isZero();
    }

    @Test
    void aRolledBackIngestLeavesNoRejectsAndItsStagedRowsGoWhenTheIngestStepStartsAgain() throws SQLException {
        plan(1, FileState.PENDING);
        transaction.executeWithoutResult(status -> {
            ingest(1, file);
            status.setRollbackOnly();
        });
        staged.commit();
        assertThat(rejects()).isZero();
        // committed on their own connection: the file is still pending, so they are not merged
        assertThat(stagedRows()).isEqualTo(ROWS);

        new IngestWorkerPartitioner(warehouse.dsl(), warehouse.staging(), RUN, new PendingFiles(), new LoadProgress())
                .partition(2);

        assertThat(stagedRows()).isZero();
    }

    @Test
    void aFileThatFailsAsAWholeHalfWayStagesNoRowButTheWorkersOtherFilesKeepTheirs() throws IOException, SQLException {
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, concat(Files.readAllBytes(file), new byte[] {'F', '-', (byte) 0xFF, ';', '\n'}));
        transaction.executeWithoutResult(
                status -> assertThat(ingest(1, file).state()).isEqualTo(FileState.INGESTED));
        transaction.executeWithoutResult(
                status -> assertThat(ingest(2, broken).state()).isEqualTo(FileState.REJECTED));
        transaction.executeWithoutResult(
                status -> assertThat(ingest(3, file).state()).isEqualTo(FileState.INGESTED));

        staged.commit();

        assertThat(stagedRowsOf(1)).isEqualTo(ROWS);
        assertThat(stagedRowsOf(2)).isZero();
        assertThat(stagedRowsOf(3)).isEqualTo(ROWS);
    }

    private IngestResult ingest(long fileId, Path delivery) {
        return ingester.ingest(fileId, Extract.INVOICES, delivery, "invoices/" + delivery.getFileName(), staged);
    }

    private void plan(long fileId, FileState state) {
        warehouse
                .dsl()
                .execute(
                        "INSERT INTO meta.load_file (file_id, run_id, load_order, extract, file_name, "
                                + "file_checksum, file_bytes, state) VALUES (?, ?, 1, 'invoices', 'invoices/2017-01.csv', 'sha', 1, ?)",
                        fileId,
                        RUN,
                        state.name());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private long stagedRows() {
        return warehouse.dsl().fetchCount(warehouse.dsl().selectFrom("staging.invoices"));
    }

    private long stagedRowsOf(long fileId) {
        return warehouse
                .dsl()
                .fetchCount(warehouse.dsl().selectFrom("staging.invoices").where("file_id = ?", fileId));
    }

    private long rejects() {
        return warehouse.dsl().fetchCount(warehouse.dsl().selectFrom("meta.rejected_rows"));
    }
}
