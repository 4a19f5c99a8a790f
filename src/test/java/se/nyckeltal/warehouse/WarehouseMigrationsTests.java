package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class WarehouseMigrationsTests {

    /** What the history holds once the migrations up to version 11 are applied (later ones follow them). */
    private static final List<String> HISTORY = List.of(
            "1 001 warehouse SQL V001__warehouse.sql true",
            "2 002 batch job repository SQL V002__batch_job_repository.sql true",
            "3 003 indicator catalogue SQL V003__indicator_catalogue.sql true",
            "4 004 comments SQL V004__comments.sql true",
            "5 005 load run SQL V005__load_run.sql true",
            "6 006 staging in memory SQL V006__staging_in_memory.sql true",
            "7 007 complementary suppression SQL V007__complementary_suppression.sql true",
            "8 008 pseudonym key SQL V008__pseudonym_key.sql true",
            "9 009 out of memory attempts SQL V009__out_of_memory_attempts.sql true",
            "10 010 run attempt SQL V010__run_attempt.sql true",
            "11 011 drop recompute window SQL V011__drop_recompute_window.sql true");

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileWithFlywayAndIsIdempotent() {
        try (HikariDataSource ds = dataSource(dir.resolve("w.duckdb"))) {
            WarehouseMigrations.migrate(ds);
            WarehouseMigrations.migrate(ds); // a second start changes nothing
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(jdbc.queryForObject("select count(*) from report.indicator", Integer.class))
                    .isEqualTo(22);
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.tables where table_name ilike 'batch_job_instance'",
                            Integer.class))
                    .isEqualTo(1);
            // Flyway's row format: rank, zero-padded version, description from the file name, type SQL
            assertThat(history(jdbc)).startsWith(HISTORY.toArray(String[]::new)).hasSize(shippedMigrations());
            assertThat(jdbc.queryForObject("select count(distinct checksum) from flyway_schema_history", Integer.class))
                    .isEqualTo(shippedMigrations());
        }
    }

    @Test
    void migratesAnOlderWarehouseUpToTheLatestVersion() {
        try (HikariDataSource ds = dataSource(dir.resolve("w.duckdb"))) {
            WarehouseMigrations.flyway(ds, "9").migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(history(jdbc)).hasSize(9);

            WarehouseMigrations.migrate(ds);

            assertThat(history(jdbc)).startsWith(HISTORY.toArray(String[]::new)).hasSize(shippedMigrations());
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.tables where table_name = 'run_attempt'",
                            Integer.class))
                    .isEqualTo(1);
        }
    }

    /**
     * The version check is all a command on a current warehouse pays: Flyway, which would validate the
     * history and refuse the edited checksum planted here, is not started.
     */
    @Test
    void aCurrentWarehouseIsLeftAsItIsWithoutStartingFlyway() {
        try (HikariDataSource ds = dataSource(dir.resolve("w.duckdb"))) {
            WarehouseMigrations.migrate(ds);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            jdbc.update("update flyway_schema_history set checksum = 42 where version = '002'");

            WarehouseMigrations.migrate(ds);

            assertThat(history(jdbc)).hasSize(shippedMigrations());
            assertThat(jdbc.queryForObject(
                            "select checksum from flyway_schema_history where version = '002'", Integer.class))
                    .isEqualTo(42);
        }
    }

    @Test
    void anEditedMigrationIsRefusedWhenTheWarehouseIsUpgraded() {
        try (HikariDataSource ds = dataSource(dir.resolve("w.duckdb"))) {
            WarehouseMigrations.flyway(ds, "10").migrate();
            new JdbcTemplate(ds).update("update flyway_schema_history set checksum = 42 where version = '002'");

            assertThatThrownBy(() -> WarehouseMigrations.migrate(ds))
                    .isInstanceOf(WarehouseSchemaException.class)
                    .hasMessageContaining("checksum mismatch for migration version 002 -> Applied to database : 42 ")
                    .hasMessageContaining("never be edited once released")
                    .hasMessageNotContaining("\n");
            assertThat(history(new JdbcTemplate(ds))).hasSize(10);
        }
    }

    @Test
    void aFailedMigrationIsRefused() {
        try (HikariDataSource ds = dataSource(dir.resolve("w.duckdb"))) {
            WarehouseMigrations.flyway(ds, "10").migrate();
            // what a migration that failed half-way leaves where DDL is not transactional
            new JdbcTemplate(ds)
                    .update("insert into flyway_schema_history (installed_rank, version, description, type, "
                            + "script, checksum, installed_by, execution_time, success) "
                            + "values (11, '011', 'drop recompute window', 'SQL', 'V011__drop_recompute_window.sql', "
                            + "1, '', 1, false)");

            assertThatThrownBy(() -> WarehouseMigrations.migrate(ds))
                    .isInstanceOf(WarehouseSchemaException.class)
                    .hasMessageContaining("failed migration to version 011")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aWarehouseOfANewerReleaseIsRefused() {
        try (HikariDataSource ds = dataSource(dir.resolve("w.duckdb"))) {
            WarehouseMigrations.migrate(ds);
            new JdbcTemplate(ds)
                    .update("insert into flyway_schema_history (installed_rank, version, description, type, "
                            + "script, checksum, installed_by, execution_time, success) "
                            + "values (99, '999', 'future', 'SQL', 'V999__future.sql', 1, '', 1, true)");

            assertThatThrownBy(() -> WarehouseMigrations.migrate(ds))
                    .isInstanceOf(WarehouseSchemaException.class)
                    .hasMessageContaining("schema version 999")
                    .hasMessageContaining("newer release");
        }
    }

    /**
     * {@code schema-fixtures/v011.duckdb.gz} was written by the releases that applied the migrations
     * with a runner of their own (same history table, Flyway's checksums). Flyway accepts its history
     * as its own and applies the next migration on top of it.
     */
    @Test
    void aWarehouseOfTheEarlierMigrationRunnerIsUpgradedByFlyway() throws IOException {
        Path warehouse = unzip("v011.duckdb.gz", dir.resolve("w.duckdb"));
        Path next = Files.createDirectories(dir.resolve("next"));
        Files.writeString(next.resolve("V999__next_release.sql"), "CREATE TABLE meta.next_release (x INTEGER);\n");
        try (HikariDataSource ds = dataSource(warehouse)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(history(jdbc)).containsExactlyElementsOf(HISTORY);

            WarehouseMigrations.migrate(ds); // as the loader opens it
            assertThat(WarehouseMigrations.flyway(ds, "latest").validateWithResult().validationSuccessful)
                    .isTrue();
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:" + WarehouseMigrations.LOCATION, "filesystem:" + next)
                    .load()
                    .migrate();

            assertThat(history(jdbc)).hasSize(shippedMigrations() + 1);
            assertThat(history(jdbc).get(shippedMigrations()))
                    .isEqualTo((shippedMigrations() + 1) + " 999 next release SQL V999__next_release.sql true");
            assertThat(jdbc.queryForObject("select count(*) from meta.next_release", Integer.class))
                    .isZero();
        }
    }

    private static List<String> history(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "select installed_rank || ' ' || version || ' ' || description || ' ' || type "
                        + "|| ' ' || script || ' ' || success from flyway_schema_history order by installed_rank",
                String.class);
    }

    /** The V*.sql files this build ships. */
    private static int shippedMigrations() {
        try (var files = Files.list(Path.of(WarehouseMigrationsTests.class
                .getResource("/" + WarehouseMigrations.LOCATION)
                .toURI()))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__\\w+\\.sql"))
                    .count();
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path unzip(String fixture, Path target) throws IOException {
        try (InputStream in = new GZIPInputStream(
                WarehouseMigrationsTests.class.getResourceAsStream("/schema-fixtures/" + fixture))) {
            Files.copy(in, target);
        }
        return target;
    }

    /** A pool on the file, not yet migrated. */
    private static HikariDataSource dataSource(Path file) {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + file.toAbsolutePath());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
