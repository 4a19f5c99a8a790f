package se.nyckeltal.support;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import se.nyckeltal.warehouse.StagingDatabase;
import se.nyckeltal.warehouse.WarehouseConfiguration;
import se.nyckeltal.warehouse.WarehouseProperties;

/** A real, migrated DuckDB warehouse file in a temporary folder, for tests below the Spring job. */
public final class TestWarehouse implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final StagingDatabase staging;
    private final DSLContext dsl;
    private final Path file;

    private TestWarehouse(Path file) {
        this.file = file;
        this.dataSource =
                (HikariDataSource) new WarehouseConfiguration().dataSource(new WarehouseProperties(file, "1GB", 2));
        this.staging = new StagingDatabase(dataSource);
        this.dsl = DSL.using(dataSource, SQLDialect.DUCKDB);
    }

    public static TestWarehouse create(Path dir) {
        return new TestWarehouse(dir.resolve("warehouse.duckdb"));
    }

    /** Opens (creating and migrating if need be) the warehouse file itself. */
    public static TestWarehouse open(Path file) {
        return new TestWarehouse(file);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The in-memory staging database, attached as {@code staging}. */
    public StagingDatabase staging() {
        return staging;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            staging.close();
        } finally {
            dataSource.close();
        }
    }
}
