package se.nyckeltal.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --warehouse} option every warehouse command shares (a picocli mixin). */
public class WarehouseOption {

    @Option(names = "--warehouse", paramLabel = "FILE", defaultValue = "output/warehouse.duckdb",
            description = "The DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    public Path warehouse() {
        return warehouse;
    }
}
