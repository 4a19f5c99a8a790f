package se.nyckeltal.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned migrations under {@code sql/migrations} ({@code V<version>__<description>.sql}),
 * each in its own transaction, and records them in {@code flyway_schema_history}. Migrations only ever
 * add: analyst-visible tables are never dropped on upgrade.
 *
 * <p>Warehouses up to this version were migrated by Flyway; this runner keeps its history table, its
 * row format and its checksum (CRC32 over the file's lines without line breaks), so they upgrade as
 * before, and a migration file changed after it was applied is refused as Flyway refused it. Flyway
 * itself cost about 0.9 s and 900 classes (with Jackson) on every command's start-up for what is five
 * files applied in order (measured; see BENCHMARKS.md).
 */
public final class WarehouseMigrations {

    static final String LOCATION = "sql/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(\\w+)\\.sql");
    private static final String HISTORY = "flyway_schema_history";

    private WarehouseMigrations() {}

    /** One migration file on the class path. */
    record Migration(String version, String description, String script, String sql) {

        BigInteger[] versionParts() {
            return Arrays.stream(version.split("[._]")).map(BigInteger::new).toArray(BigInteger[]::new);
        }

        /** Flyway's checksum: CRC32 of every line's UTF-8 bytes, without line breaks or a leading BOM. */
        int checksum() {
            CRC32 crc = new CRC32();
            try (BufferedReader lines = new BufferedReader(new StringReader(sql))) {
                String line = lines.readLine();
                if (line != null && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                for (; line != null; line = lines.readLine()) {
                    crc.update(line.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (int) crc.getValue();
        }
    }

    /** A row of the history table: what was applied, and whether it succeeded. */
    private record Applied(String version, String script, Integer checksum, boolean success) {}

    public static void migrate(DataSource dataSource) {
        List<Migration> migrations = onClassPath();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                createHistoryIfMissing(connection);
                Map<String, Applied> applied = applied(connection);
                check(applied, migrations);
                int rank = lastRank(connection);
                for (Migration migration : migrations) {
                    if (!applied.containsKey(migration.version())) {
                        apply(connection, migration, ++rank);
                    }
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not migrate the warehouse: " + e.getMessage(), e);
        }
    }

    /** Every {@code sql/migrations/V*.sql}, in version order; any other file there is a mistake. */
    static List<Migration> onClassPath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(WarehouseMigrations.class.getClassLoader())
                    .getResources("classpath:" + LOCATION + "*.sql");
            List<Migration> migrations = new ArrayList<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                Matcher matcher = NAME.matcher(name == null ? "" : name);
                if (!matcher.matches()) {
                    throw new IllegalStateException(LOCATION + name + " is not named V<version>__<description>.sql");
                }
                String sql = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                migrations.add(new Migration(matcher.group(1), matcher.group(2).replace('_', ' '), name, sql));
            }
            migrations.sort(Comparator.comparing(Migration::versionParts, WarehouseMigrations::compareVersions));
            if (migrations.isEmpty()) {
                throw new IllegalStateException("No migrations found on the class path under " + LOCATION);
            }
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int compareVersions(BigInteger[] a, BigInteger[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            BigInteger x = i < a.length ? a[i] : BigInteger.ZERO;
            BigInteger y = i < b.length ? b[i] : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static void createHistoryIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Flyway's own definition, so that either can read what the other wrote
            statement.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (installed_rank INTEGER NOT NULL, "
                    + "\"version\" VARCHAR, description VARCHAR NOT NULL, \"type\" VARCHAR NOT NULL, "
                    + "script VARCHAR NOT NULL, checksum INTEGER, installed_by VARCHAR NOT NULL, "
                    + "installed_on TIMESTAMP DEFAULT(now()) NOT NULL, execution_time INTEGER NOT NULL, "
                    + "success BOOLEAN NOT NULL)");
        }
    }

    private static Map<String, Applied> applied(Connection connection) throws SQLException {
        Map<String, Applied> applied = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\", script, checksum, success FROM " + HISTORY
                        + " WHERE \"version\" IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                int checksum = rows.getInt(3);
                applied.put(
                        rows.getString(1),
                        new Applied(
                                rows.getString(1),
                                rows.getString(2),
                                rows.wasNull() ? null : checksum,
                                rows.getBoolean(4)));
            }
        }
        return applied;
    }

    private static int lastRank(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(installed_rank), 0) FROM " + HISTORY)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Refuses a warehouse whose history does not fit these migrations, as Flyway's validation did. */
    private static void check(Map<String, Applied> applied, List<Migration> migrations) {
        Map<String, Migration> byVersion = new LinkedHashMap<>();
        migrations.forEach(migration -> byVersion.put(migration.version(), migration));
        for (Applied row : applied.values()) {
            Migration migration = byVersion.get(row.version());
            if (!row.success()) {
                throw new WarehouseSchemaException(
                        "The warehouse records a failed migration (" + row.script() + "); restore it from a backup");
            }
            if (migration == null) {
                throw new WarehouseSchemaException(
                        "The warehouse has schema version " + row.version() + " (" + row.script()
                                + "), which this nyckeltal does not know: it was written by a newer release; use that release");
            }
            if (row.checksum() != null && row.checksum() != migration.checksum()) {
                throw new WarehouseSchemaException(
                        "Migration " + migration.script() + " differs from the one applied to "
                                + "this warehouse (checksum " + row.checksum() + ", now " + migration.checksum()
                                + "): migrations must never be edited once released");
            }
        }
    }

    private static void apply(Connection connection, Migration migration, int rank) throws SQLException {
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlScript.split(migration.sql())) {
                statement.execute(sql);
            }
            try (PreparedStatement history = connection.prepareStatement("INSERT INTO " + HISTORY
                    + " (installed_rank, \"version\", description, \"type\", script, checksum, installed_by, "
                    + "execution_time, success) VALUES (?, ?, ?, 'SQL', ?, ?, '', ?, true)")) {
                history.setInt(1, rank);
                history.setString(2, migration.version());
                history.setString(3, migration.description());
                history.setString(4, migration.script());
                history.setInt(5, migration.checksum());
                history.setInt(6, (int) ((System.nanoTime() - started) / 1_000_000));
                history.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new IllegalStateException("Migration " + migration.script() + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
