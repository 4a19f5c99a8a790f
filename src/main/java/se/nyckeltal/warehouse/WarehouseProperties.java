package se.nyckeltal.warehouse;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the warehouse lives and how DuckDB may use the machine.
 *
 * @param file        the DuckDB file the loader writes
 * @param memoryLimit DuckDB's {@code memory_limit} (e.g. {@code 1GB})
 * @param threads     DuckDB's {@code threads}; 0 = DuckDB's default (one per core)
 */
@ConfigurationProperties("nyckeltal.warehouse")
public record WarehouseProperties(Path file, String memoryLimit, int threads) {

    public WarehouseProperties {
        if (file == null) {
            file = Path.of("output", "warehouse.duckdb");
        }
        if (memoryLimit == null || memoryLimit.isBlank()) {
            memoryLimit = "1GB";
        }
    }
}
