package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.ReadOnlyCopy;
import se.nyckeltal.support.TestWarehouse;
import se.nyckeltal.warehouse.AnalystTables.AnalystTable;
import se.nyckeltal.warehouse.SnapshotPublisher.Publication;

/**
 * Publishing starts from the last copy and rewrites only the deliveries whose rows changed, on a
 * real warehouse file whose facts are changed the way the merge, a retraction and a migration
 * change them. After every publication each allowed table of the copy holds exactly the rows of
 * the warehouse.
 */
class PublishedCopyUpdateTests {

    @TempDir
    Path dir;

    private TestWarehouse warehouse;
    private DSLContext dsl;
    private SnapshotPublisher publisher;

    @BeforeEach
    void warehouse() {
        warehouse = TestWarehouse.create(dir);
        dsl = warehouse.dsl();
        publisher = new SnapshotPublisher(dsl, new WarehouseProperties(warehouse.file(), "1GB", 2));
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void aNewCopyIsBuiltWholeAndAnUnchangedOneRewritesNothing() {
        invoices(1, "F-", 1, 24, "100");

        Publication first = publisher.publish();
        Publication second = publisher.publish();

        assertThat(first.whole()).isTrue();
        assertThat(second.whole()).isFalse();
        assertThat(second.deliveriesRewritten()).isZero();
        assertThat(first.copy()).isEqualTo(dir.resolve("nyckeltal.duckdb").toAbsolutePath());
        assertCopyHoldsTheWarehousesRows();
        assertThat(copied("SELECT count(*) FROM core.invoices")).containsExactly("24");
    }

    /** What the merge does: a later delivery replaces one key of the first and adds three. */
    @Test
    void aLaterDeliveryRewritesItselfAndTheDeliveryWhoseKeyItReplaced() {
        invoices(1, "F-", 1, 24, "100");
        invoices(2, "X-", 1, 1, "1"); // an unrelated delivery, unchanged from here on
        publisher.publish();

        dsl.execute("DELETE FROM core.invoices WHERE file_id = 1 AND invoice_id = 'F-5'");
        invoices(3, "F-", 5, 5, "555");
        invoices(3, "G-", 1, 3, "7");
        Publication next = publisher.publish();

        assertThat(next.whole()).isFalse();
        assertThat(next.deliveriesRewritten()).isEqualTo(2);
        assertCopyHoldsTheWarehousesRows();
        assertThat(copied("SELECT count(*) || ' ' || sum(amount_sek)::INTEGER FROM core.invoices"))
                .containsExactly((24 + 1 + 3) + " " + (23 * 100 + 1 + 555 + 3 * 7));
        assertThat(copied("SELECT file_id || ':' || amount_sek::INTEGER FROM core.invoices WHERE invoice_id = 'F-5'"))
                .containsExactly("3:555");
    }

    /**
     * Two commands whose publication failed in between can leave a delivery with as many rows as
     * the copy has of it, but other lines: one line replaced, an earlier replaced one brought back.
     */
    @Test
    void aDeliveryWithAsManyRowsButOtherLinesIsRewritten() {
        invoices(1, "F-", 1, 24, "100");
        dsl.execute("DELETE FROM core.invoices WHERE invoice_id = 'F-9'");
        publisher.publish();

        dsl.execute("DELETE FROM core.invoices WHERE invoice_id = 'F-7'");
        invoices(1, "F-", 9, 9, "100");
        Publication next = publisher.publish();

        assertThat(next.deliveriesRewritten()).isEqualTo(1);
        assertCopyHoldsTheWarehousesRows();
        assertThat(copied("SELECT string_agg(invoice_id, ',' ORDER BY invoice_id) FROM core.invoices "
                        + "WHERE invoice_id IN ('F-7', 'F-9')"))
                .containsExactly("F-9");
    }

    /** What a retraction does: the delivery's rows leave, the row it had replaced comes back. */
    @Test
    void aRetractedDeliveryLeavesTheCopy() {
        invoices(1, "F-", 1, 24, "100");
        dsl.execute("DELETE FROM core.invoices WHERE invoice_id = 'F-3'");
        invoices(2, "F-", 3, 3, "300");
        publisher.publish();

        dsl.execute("DELETE FROM core.invoices WHERE file_id = 2");
        invoices(1, "F-", 3, 3, "100");
        Publication next = publisher.publish();

        assertThat(next.deliveriesRewritten()).isEqualTo(2);
        assertCopyHoldsTheWarehousesRows();
        assertThat(copied("SELECT count(*) FROM core.invoices WHERE file_id = 2"))
                .containsExactly("0");
    }

    @Test
    void theOtherTablesAreRewrittenWhole() {
        invoices(1, "F-", 1, 24, "100");
        publisher.publish();

        dsl.execute("INSERT INTO report.indicator_values VALUES ('EKO_CUST_INV_COUNT', 'YEAR', '2017', "
                + "DATE '2017-01-01', DATE '2017-12-31', 'ALL', 'ALL', 'T', 24, 24, NULL, false, NULL, NULL)");
        dsl.execute(
                "UPDATE report.indicator SET indicator_name = 'Renamed' WHERE indicator_code = 'EKO_CUST_INV_COUNT'");
        Publication next = publisher.publish();

        assertThat(next.whole()).isFalse();
        assertCopyHoldsTheWarehousesRows();
        assertThat(copied("SELECT indicator_name FROM report.indicator WHERE indicator_code = 'EKO_CUST_INV_COUNT'"))
                .containsExactly("Renamed");
    }

    /** A table planted in the copy after it was published goes with the rebuild. */
    @Test
    void aCopyChangedSinceItWasPublishedIsBuiltWhole() throws Exception {
        invoices(1, "F-", 1, 24, "100");
        Publication first = publisher.publish();
        try (Connection copy = DriverManager.getConnection("jdbc:duckdb:" + first.copy());
                Statement statement = copy.createStatement()) {
            statement.execute("CREATE TABLE core.planted AS SELECT 1 AS one");
        }

        Publication next = publisher.publish();

        assertThat(next.whole()).isTrue();
        assertCopyHoldsTheWarehousesRows();
    }

    @Test
    void aCopyTouchedOrRemovedIsBuiltWhole() throws Exception {
        invoices(1, "F-", 1, 24, "100");
        Publication first = publisher.publish();
        Files.setLastModifiedTime(first.copy(), FileTime.fromMillis(0));
        assertThat(publisher.publish().whole()).isTrue();

        Files.delete(first.copy());
        assertThat(publisher.publish().whole()).isTrue();
        assertThat(publisher.publish().whole()).isFalse();
        assertCopyHoldsTheWarehousesRows();
    }

    /** A new comment, column or migration changes the layout; the copy then gets it whole. */
    @Test
    void aChangedLayoutBuildsTheCopyWhole() {
        invoices(1, "F-", 1, 24, "100");
        publisher.publish();
        dsl.execute("COMMENT ON TABLE core.invoices IS 'Invoices, described anew'");
        assertThat(publisher.publish().whole()).isTrue();
        assertThat(copied("SELECT comment FROM duckdb_tables() WHERE table_name = 'invoices'"))
                .containsExactly("Invoices, described anew");

        dsl.execute(
                "INSERT INTO flyway_schema_history SELECT installed_rank + 100, '999', 'later', 'SQL', 'x', 0, "
                        + "installed_by, installed_on, 0, true FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1");
        assertThat(publisher.publish().whole()).isTrue();
        assertCopyHoldsTheWarehousesRows();
    }

    // ------------------------------------------------------------------ helpers

    /** Invoices {@code prefix}{@code from}..{@code to} of delivery {@code fileId}, on lines {@code n + 1}. */
    private void invoices(long fileId, String prefix, int from, int to, String amount) {
        IntStream.rangeClosed(from, to)
                .forEach(n -> dsl.execute(
                        "INSERT INTO core.invoices VALUES ('CUSTOMER', ?, DATE '2017-01-10', "
                                + "'EKO-KUND1', 'KS', 'ELECTRONIC', ?, ?, ?)",
                        prefix + n,
                        amount,
                        fileId,
                        n + 1));
    }

    private List<String> copied(String sql) {
        try (ReadOnlyCopy copy = ReadOnlyCopy.open(dir.resolve("nyckeltal.duckdb"))) {
            return rows(copy.dsl(), sql);
        }
    }

    private void assertCopyHoldsTheWarehousesRows() {
        try (ReadOnlyCopy copy = ReadOnlyCopy.open(dir.resolve("nyckeltal.duckdb"))) {
            assertThat(rows(copy.dsl(), "SELECT schema_name || '.' || table_name FROM duckdb_tables() ORDER BY 1"))
                    .containsExactlyInAnyOrderElementsOf(AnalystTables.ALL.stream()
                            .map(AnalystTable::qualifiedName)
                            .toList());
            for (AnalystTable table : AnalystTables.ALL) {
                assertThat(rows(copy.dsl(), "SELECT * FROM " + table.qualifiedName() + " ORDER BY ALL"))
                        .as(table.qualifiedName())
                        .containsExactlyElementsOf(rows(dsl, "SELECT * FROM (" + table.select() + ") ORDER BY ALL"));
            }
        }
    }

    private static List<String> rows(DSLContext dsl, String sql) {
        return dsl.fetch(sql).stream()
                .map(row -> row.size() == 1
                        ? String.valueOf(row.get(0))
                        : row.intoList().toString())
                .toList();
    }
}
