package se.nyckeltal.warehouse;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Applies the versioned migrations under {@code sql/migrations} (Flyway, DuckDB module).
 * Migrations only ever add: analyst-visible tables are never dropped on upgrade.
 */
public final class WarehouseMigrations {

    private WarehouseMigrations() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:sql/migrations")
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }
}
