package se.nyckeltal.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Brings the warehouse to the schema of the migrations under {@code sql/migrations}
 * ({@code V<version>__<description>.sql}) with Flyway, which applies each in its own transaction,
 * records it in {@code flyway_schema_history} and first validates what was applied before
 * (checksums, failed migrations). Migrations only ever add: analyst-visible tables are never
 * dropped on upgrade.
 *
 * <p>Flyway is started only when there is something to migrate: a command on a current warehouse
 * (every night's but the first after an upgrade) reads the history's highest version, compares it
 * with the highest version shipped, and goes on. Starting Flyway costs some 1 400 classes and about
 * 2 s of CPU the first time in a JVM (measured; see BENCHMARKS.md), which every command would pay
 * if Flyway validated a current warehouse too. The price of the skip: a migration file edited
 * after release is noticed at the next upgrade, not on every start.
 */
public final class WarehouseMigrations {

    static final String LOCATION = "sql/migrations";
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__\\w+\\.sql");
    private static final String HISTORY = "flyway_schema_history";

    private WarehouseMigrations() {}

    public static void migrate(DataSource dataSource) {
        MigrationVersion shipped = latestShipped();
        History history = History.of(dataSource);
        if (history.latest().isPresent() && history.latest().get().compareTo(shipped) > 0) {
            // Flyway by default ignores applied migrations it does not know of; a newer release's
            // schema may hold what this one would misread, so it is refused here.
            throw new WarehouseSchemaException(
                    "The warehouse has schema version " + history.latest().get()
                            + ", which this nyckeltal (schema version " + shipped
                            + ") does not know: it was written by a newer release; use that release");
        }
        boolean current = history.latest().filter(shipped::equals).isPresent() && !history.failed();
        if (!current) {
            migrateWithFlyway(dataSource);
        }
    }

    /** The configuration every migration runs with (tests use it to build warehouses of older versions). */
    static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure(WarehouseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .validateMigrationNaming(true)
                .failOnMissingLocations(true)
                .target(target)
                .load();
    }

    private static void migrateWithFlyway(DataSource dataSource) {
        try {
            flyway(dataSource, "latest").migrate();
        } catch (FlywayValidateException e) {
            throw new WarehouseSchemaException("The warehouse's schema history does not fit this release's migrations ("
                    + validationErrors(e) + "): migrations must never be edited once released, and a failed one"
                    + " leaves the warehouse to be restored from a backup");
        } catch (FlywayException e) {
            throw new IllegalStateException("Could not migrate the warehouse: " + firstLine(e.getMessage()), e);
        }
    }

    /** The highest version of {@code sql/migrations} on the class path. */
    static MigrationVersion latestShipped() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(WarehouseMigrations.class.getClassLoader())
                    .getResources("classpath:" + LOCATION + "/*.sql");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(NAME::matcher)
                    .filter(Matcher::matches)
                    .map(name -> MigrationVersion.fromVersion(name.group(1)))
                    .max(MigrationVersion::compareTo)
                    .orElseThrow(
                            () -> new IllegalStateException("No migrations found on the class path under " + LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the warehouse's {@code flyway_schema_history} says: its highest version (none for a new
     * warehouse), and whether any migration failed (Flyway's to report, so never taken as current).
     */
    record History(Optional<MigrationVersion> latest, boolean failed) {

        static History of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM information_schema.tables "
                        + "WHERE table_schema = 'main' AND table_name = '" + HISTORY + "'")) {
                    tables.next();
                    if (tables.getInt(1) == 0) {
                        return new History(Optional.empty(), false);
                    }
                }
                MigrationVersion latest = null;
                boolean failed = false;
                try (ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", success FROM " + HISTORY + " WHERE \"version\" IS NOT NULL")) {
                    while (rows.next()) {
                        MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                        latest = latest == null || version.compareTo(latest) > 0 ? version : latest;
                        failed |= !rows.getBoolean(2);
                    }
                }
                return new History(Optional.ofNullable(latest), failed);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the warehouse's schema version: " + e.getMessage(), e);
            }
        }
    }

    /** Flyway's list of what failed validation, on one line, without its advice to run repair. */
    private static String validationErrors(FlywayValidateException e) {
        return e.getMessage()
                .lines()
                .map(line -> line.strip().replaceAll("\\s+", " "))
                .filter(line -> line.startsWith("Migration ") || line.startsWith("Detected ") || line.startsWith("->"))
                .collect(Collectors.joining(" "));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
