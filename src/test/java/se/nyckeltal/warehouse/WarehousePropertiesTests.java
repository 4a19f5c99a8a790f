package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class WarehousePropertiesTests {

    @Test
    void duckDbGets128MbPerThreadAndAtLeast256Mb() {
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), null, 1).memoryLimit())
                .isEqualTo("256MB");
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), null, 2).memoryLimit())
                .isEqualTo("256MB");
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), null, 8).memoryLimit())
                .isEqualTo("1024MB");
        // 0: DuckDB's default, one thread per core
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), "", 0).memoryLimit())
                .isEqualTo(Math.max(256, 128 * cores) + "MB");
    }

    @Test
    void aConfiguredLimitIsKept() {
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), "3GB", 8).memoryLimit())
                .isEqualTo("3GB");
    }

    @Test
    void duckDbCheckpointsEveryGigabyteOfLogUnlessConfigured(@TempDir Path dir) {
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), "1GB", 2).checkpointThreshold())
                .isEqualTo("1GB");
        // DuckDB's GB is 10^9 bytes and it shows MiB cut to one decimal: 10^9 B = 953.67 MiB
        assertThat(settingsOf(new WarehouseProperties(dir.resolve("default.duckdb"), "512MB", 1)))
                .isEqualTo("953.6 MiB 488.2 MiB");
        assertThat(settingsOf(new WarehouseProperties(dir.resolve("set.duckdb"), null, "300MB", 1, "2GB", null)))
                .isEqualTo("1.8 GiB 286.1 MiB"); // 2·10^9 B = 1.86 GiB
    }

    /** What DuckDB itself reports for the threshold and the memory limit of a warehouse opened with these properties. */
    private static String settingsOf(WarehouseProperties properties) {
        try (HikariDataSource dataSource = (HikariDataSource) new WarehouseConfiguration().dataSource(properties)) {
            return new JdbcTemplate(dataSource)
                    .queryForObject(
                            "SELECT current_setting('checkpoint_threshold') || ' ' || current_setting('memory_limit')",
                            String.class);
        }
    }
}
