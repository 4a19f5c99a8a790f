package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.indicators.IndicatorRecomputation;
import se.nyckeltal.support.TestWarehouse;

/**
 * The erase and the overwrite of the freed blocks on a warehouse file with enough rows to span
 * many blocks: after the erase committed and DuckDB checkpointed, the erased pseudonyms are still
 * in the file's bytes (DuckDB frees blocks without clearing them); after the overwrite they are not.
 */
class HrRetentionTests {

    static final int ERASED_EMPLOYEES = 4000;
    static final int KEPT_EMPLOYEES = 1000;

    @TempDir
    Path dir;

    @Test
    void theErasedRowsLeaveTheFileBytesOnlyWhenTheFreedBlocksAreOverwritten() throws Exception {
        YearMonth keptFrom = YearMonth.now().minusMonths(24);
        List<String> erased;
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            DSLContext dsl = warehouse.dsl();
            // 64 hex characters, as a pseudonym: 12 months of an employee who left before the horizon ...
            dsl.execute("INSERT INTO core.staffing SELECT md5('old' || e) || md5('OLD' || e), DATE '"
                    + keptFrom.minusMonths(36).atDay(1) + "' + INTERVAL (m) MONTH, 'U-1', 'K', 1970, 100, 1, 160, 1, e"
                    + " FROM range(" + ERASED_EMPLOYEES + ") AS t(e), range(12) AS s(m)");
            // ... and 12 of one who is still there
            dsl.execute("INSERT INTO core.staffing SELECT md5('new' || e) || md5('NEW' || e), DATE '"
                    + keptFrom.atDay(1) + "' + INTERVAL (m) MONTH, 'U-1', 'M', 1980, 100, 1, 160, 2, e"
                    + " FROM range(" + KEPT_EMPLOYEES + ") AS t(e), range(12) AS s(m)");
            dsl.execute("CHECKPOINT");
            erased = dsl.fetch("SELECT DISTINCT employee_pseudonym FROM core.staffing WHERE month < DATE '"
                            + keptFrom.atDay(1) + "'")
                    .getValues(0, String.class);
            assertThat(erased).hasSize(ERASED_EMPLOYEES);
            assertThat(foundIn(warehouse.file(), erased)).hasSameSizeAs(erased);

            try (Connection connection = warehouse.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                HrRetention retention = new HrRetention(
                        DSL.using(connection, SQLDialect.DUCKDB),
                        new RetentionProperties(24),
                        new IndicatorRecomputation());
                assertThat(retention.eraseExpired(YearMonth.now())).contains(keptFrom);
                connection.commit();
            }
            dsl.execute("CHECKPOINT");
            assertThat(dsl.fetchSingle("SELECT count(*) FROM core.staffing").get(0, Long.class))
                    .isEqualTo(12L * KEPT_EMPLOYEES);
            assertThat(dsl.fetchSingle("SELECT wiped FROM meta.hr_retention").get(0, Boolean.class))
                    .isFalse();
            // erased from the tables, not yet from the file
            assertThat(foundIn(warehouse.file(), erased)).hasSameSizeAs(erased);

            new HrRetention(dsl, new RetentionProperties(24), new IndicatorRecomputation()).wipeErasedBlocks();

            assertThat(dsl.fetchSingle("SELECT wiped FROM meta.hr_retention").get(0, Boolean.class))
                    .isTrue();
            assertThat(dsl.fetchSingle("SELECT count(*) FROM core.staffing").get(0, Long.class))
                    .isEqualTo(12L * KEPT_EMPLOYEES);
        }
        assertThat(foundIn(dir.resolve("warehouse.duckdb"), erased)).isEmpty();
    }

    @Test
    void aHorizonShorterThanTwelveMonthsIsRefusedWithTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetentionProperties(11))
                .hasMessage("nyckeltal.retention.hr-months must be at least 12 (months of person-level HR rows kept),"
                        + " not 11; leave it unset to keep everything");
        assertThat(new RetentionProperties(null).keptFrom(YearMonth.of(2026, 12)))
                .isEmpty();
        assertThat(new RetentionProperties(24).keptFrom(YearMonth.of(2026, 12))).contains(YearMonth.of(2024, 12));
    }

    private static List<String> foundIn(Path file, List<String> pseudonyms) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return pseudonyms.stream().filter(bytes::contains).toList();
    }
}
