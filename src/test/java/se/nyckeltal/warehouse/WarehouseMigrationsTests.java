package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class WarehouseMigrationsTests {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileAndIsIdempotent() {
        try (HikariDataSource ds = dataSource()) {
            WarehouseMigrations.migrate(ds); // a second start changes nothing
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(jdbc.queryForObject("select count(*) from report.indicator", Integer.class))
                    .isEqualTo(22);
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.tables where table_name ilike 'batch_job_instance'",
                            Integer.class))
                    .isEqualTo(1);
            // Flyway's row format: rank, zero-padded version, description from the file name, type SQL
            assertThat(jdbc.queryForList(
                            "select installed_rank || ' ' || version || ' ' || description || ' ' || type "
                                    + "|| ' ' || script || ' ' || success from flyway_schema_history order by installed_rank",
                            String.class))
                    .containsExactly(
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
                            "11 011 drop recompute window SQL V011__drop_recompute_window.sql true",
                            "12 016 deliveries SQL V016__deliveries.sql true");
        }
    }

    @Test
    void checksumsAreFlywaysForTheFilesItApplied() {
        // recorded by Flyway 11 in schema-fixtures/v003.duckdb.gz (SchemaUpgradeTests opens it through this runner)
        List<WarehouseMigrations.Migration> migrations = WarehouseMigrations.onClassPath();
        assertThat(migrations.subList(0, 3).stream().map(WarehouseMigrations.Migration::checksum))
                .containsExactly(-1426476002, 737594595, 496969873);
    }

    @Test
    void anEditedMigrationIsRefused() {
        try (HikariDataSource ds = dataSource()) {
            new JdbcTemplate(ds).update("update flyway_schema_history set checksum = 42 where version = '002'");
            assertThatThrownBy(() -> WarehouseMigrations.migrate(ds))
                    .isInstanceOf(WarehouseSchemaException.class)
                    .hasMessageContaining("V002__batch_job_repository.sql differs from the one applied");
        }
    }

    @Test
    void aWarehouseOfANewerReleaseIsRefused() {
        try (HikariDataSource ds = dataSource()) {
            new JdbcTemplate(ds)
                    .update("insert into flyway_schema_history (installed_rank, version, description, type, "
                            + "script, checksum, installed_by, execution_time, success) "
                            + "values (6, '999', 'future', 'SQL', 'V999__future.sql', 1, '', 1, true)");
            assertThatThrownBy(() -> WarehouseMigrations.migrate(ds))
                    .isInstanceOf(WarehouseSchemaException.class)
                    .hasMessageContaining("schema version 999")
                    .hasMessageContaining("newer release");
        }
    }

    /** A migrated warehouse (the configuration migrates on creation). */
    private HikariDataSource dataSource() {
        WarehouseProperties properties = new WarehouseProperties(dir.resolve("w.duckdb"), "512MB", 1);
        return (HikariDataSource) new WarehouseConfiguration().dataSource(properties);
    }
}
