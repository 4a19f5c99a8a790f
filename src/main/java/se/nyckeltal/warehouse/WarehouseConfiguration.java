package se.nyckeltal.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The embedded DuckDB warehouse: one file, opened read-write by this process only, migrated
 * to the current schema before anything else uses it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WarehouseProperties.class, PseudonymProperties.class})
public class WarehouseConfiguration {

    @Bean
    public DataSource dataSource(WarehouseProperties properties) {
        Path file = properties.file().toAbsolutePath();
        createParent(file);
        HikariConfig config = new HikariConfig();
        config.setPoolName("warehouse");
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + file);
        // Enough for the parallel ingest partitions, the step manager and the job repository.
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.addDataSourceProperty("memory_limit", properties.memoryLimit());
        config.addDataSourceProperty("checkpoint_threshold", properties.checkpointThreshold());
        if (properties.threads() > 0) {
            config.addDataSourceProperty("threads", String.valueOf(properties.threads()));
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        // The pool opened (and so created) the file: the loader's tier is its owner's only.
        FileModes.ownerOnlyWarehouse(file);
        WarehouseMigrations.migrate(dataSource);
        FileModes.ownerOnlyWarehouse(file);
        return dataSource;
    }

    /** Closed before the data source (it depends on it), which closes the file. */
    @Bean
    public StagingDatabase stagingDatabase(DataSource dataSource) {
        return new StagingDatabase(dataSource);
    }

    /**
     * Lazy: only the load needs the key, and finding it may create the key file. Refuses a key other
     * than the one this warehouse's pseudonyms were made with.
     */
    @Bean
    @Lazy
    public Pseudonymizer pseudonymizer(PseudonymProperties properties, DSLContext dsl) {
        return new Pseudonymizer(PseudonymKeys.resolve(properties, System.getenv(), new RecordedPseudonymKey(dsl)));
    }

    @Bean
    public JdbcTransactionManager transactionManager(DataSource dataSource, WarehouseProperties properties) {
        return new WarehouseTransactionManager(dataSource, properties.file().toAbsolutePath());
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
