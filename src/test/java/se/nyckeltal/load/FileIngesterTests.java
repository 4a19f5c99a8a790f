package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.nyckeltal.extract.Extract;
import se.nyckeltal.support.TestWarehouse;
import se.nyckeltal.warehouse.Pseudonymizer;

/**
 * The ingest of one file joins the transaction it runs in (the ingest step's): its rows commit
 * with it or vanish with it. More rows than the Appender's 2 048-row flush, which outside a
 * transaction commits on its own.
 */
class FileIngesterTests {

    private static final int ROWS = 5_000;

    @TempDir
    Path dir;

    TestWarehouse warehouse;
    FileIngester ingester;
    TransactionTemplate transaction;
    Path file;

    @BeforeEach
    void open() throws IOException {
        warehouse = TestWarehouse.create(dir);
        ingester = new FileIngester(warehouse.dataSource(), new LoadProperties(null, null, null, null, null),
                new Pseudonymizer("test-key".getBytes(StandardCharsets.UTF_8)), new LoadProgress());
        transaction = new TransactionTemplate(new JdbcTransactionManager(warehouse.dataSource()));
        StringBuilder csv = new StringBuilder("invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("F-").append(i).append(";CUSTOMER;2017-01-16;EKO-A;;ELECTRONIC;100,50\n");
        }
        file = Files.writeString(dir.resolve("2017-01.csv"), csv);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void theRowsOfARolledBackIngestAreGone() {
        transaction.executeWithoutResult(status -> {
            IngestResult result = ingester.ingest(1, Extract.INVOICES, file, "invoices/2017-01.csv");
            assertThat(result.rowsValid()).isEqualTo(ROWS);
            status.setRollbackOnly();
        });
        assertThat(stagedRows()).isZero();
    }

    @Test
    void theRowsOfACommittedIngestStayOnceEvenWhenTheFileIsIngestedAgain() {
        transaction.executeWithoutResult(status -> ingester.ingest(1, Extract.INVOICES, file, "invoices/2017-01.csv"));
        transaction.executeWithoutResult(status -> ingester.ingest(1, Extract.INVOICES, file, "invoices/2017-01.csv"));
        assertThat(stagedRows()).isEqualTo(ROWS);
    }

    private long stagedRows() {
        return warehouse.dsl().fetchCount(warehouse.dsl().selectFrom("staging.invoices"));
    }
}
