package se.nyckeltal.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every warehouse command shares (a picocli mixin): which file, and whether to wait for it. */
public class WarehouseOption {

    @Option(
            names = "--warehouse",
            paramLabel = "FILE",
            defaultValue = "output/warehouse.duckdb",
            description = "The DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    @Option(
            names = "--wait",
            paramLabel = "SECONDS",
            arity = "0..1",
            fallbackValue = "86400",
            description = "If another nyckeltal process is writing the warehouse, wait for it (up to SECONDS, "
                    + "default a day) instead of exiting with status 2.")
    Long waitSeconds;

    public Path warehouse() {
        return warehouse;
    }

    public Duration waitForLock() {
        return Duration.ofSeconds(waitSeconds == null ? 0 : Math.max(0, waitSeconds));
    }
}
