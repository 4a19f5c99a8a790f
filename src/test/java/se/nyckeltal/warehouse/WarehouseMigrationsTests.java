package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

class WarehouseMigrationsTests {

    @Test
    void migratesAnEmptyFileAndIsIdempotent(@TempDir Path dir) {
        WarehouseProperties properties = new WarehouseProperties(dir.resolve("w.duckdb"), "512MB", 1);
        try (HikariDataSource ds = (HikariDataSource) new WarehouseConfiguration().dataSource(properties)) {
            WarehouseMigrations.migrate(ds); // a second start changes nothing
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(jdbc.queryForObject("select count(*) from report.indicator", Integer.class)).isEqualTo(22);
            assertThat(jdbc.queryForObject(
                    "select count(*) from information_schema.tables where table_name ilike 'batch_job_instance'",
                    Integer.class)).isEqualTo(1);
        }
    }
}
