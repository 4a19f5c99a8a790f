package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class WarehousePropertiesTests {

    @Test
    void duckDbGets128MbPerThreadAndAtLeast256Mb() {
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), null, 1).memoryLimit()).isEqualTo("256MB");
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), null, 2).memoryLimit()).isEqualTo("256MB");
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), null, 8).memoryLimit()).isEqualTo("1024MB");
        // 0: DuckDB's default, one thread per core
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), "", 0).memoryLimit())
                .isEqualTo(Math.max(256, 128 * cores) + "MB");
    }

    @Test
    void aConfiguredLimitIsKept() {
        assertThat(new WarehouseProperties(Path.of("w.duckdb"), "3GB", 8).memoryLimit()).isEqualTo("3GB");
    }
}
