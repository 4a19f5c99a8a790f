package se.nyckeltal.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.nyckeltal.warehouse.AnalystTables.AnalystTable;

/**
 * Publishes the analysts' copy of the warehouse. DuckDB lets no other process open a file that a
 * writer holds, not even read-only; so analysts open the published copy, which is replaced
 * atomically (rename) at the end of every successful run. A reader that has the old copy open
 * keeps reading it, complete; the next open sees the new one, complete.
 *
 * <p>The copy is a new DuckDB file built from {@link AnalystTables} (an allow-list, never a copy of
 * the loader's file, which holds person-level HR facts), with every table's and column's comment
 * and NOT NULL. It is written in a folder of its own beside the target ({@code <copy>.tmp-<random>},
 * created owner-only, so nobody can plant a link in it), given the configured mode, synced, and
 * renamed over the target; the rename replaces a link at the target instead of writing through it.
 */
@Component
public class SnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);
    private static final String COPY = "published_copy";

    private final DSLContext dsl;
    private final WarehouseProperties properties;

    public SnapshotPublisher(DSLContext dsl, WarehouseProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    public Path publish() {
        Path warehouse = properties.file().toAbsolutePath();
        Path published = properties.publishedFileOrDefault().toAbsolutePath();
        if (published.equals(warehouse)) {
            throw new IllegalStateException("The published copy cannot be the warehouse itself (" + warehouse
                    + "): set nyckeltal.warehouse.published-file to another file");
        }
        long started = System.nanoTime();
        // The log's person-level facts go into the owner-only file now, not at exit; no transaction
        // runs now (one writer).
        dsl.execute("CHECKPOINT");
        long checkpointed = System.nanoTime();
        Path work = null;
        try {
            Files.createDirectories(published.getParent());
            removeLeftovers(published);
            work = Files.createTempDirectory(published.getParent(), published.getFileName() + ".tmp-");
            Path building = work.resolve(published.getFileName());
            dsl.connection(connection -> build(connection, building));
            FileModes.set(building, properties.publishedPermissions());
            try (FileChannel channel = FileChannel.open(building, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(building, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(published.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish the read-only copy " + published + ": " + e.getMessage(), e);
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
        log.info(
                "Published the read-only copy for analysts: {} (checkpoint {} ms, copy {} ms)",
                published,
                (checkpointed - started) / 1_000_000,
                (System.nanoTime() - checkpointed) / 1_000_000);
        return published;
    }

    /**
     * Attaches a new DuckDB file and fills it with the allowed tables, in one transaction. A new
     * statement each time: DuckDB's driver closes a statement whose SQL failed.
     */
    private static void build(Connection connection, Path building) throws SQLException {
        // read once, before the attach: each query of DuckDB's catalogue costs tens of milliseconds
        Map<String, String> tableComments = tableComments(connection);
        Map<String, List<SourceColumn>> columns = columns(connection);
        execute(connection, "ATTACH " + literal(building.toString()) + " AS " + COPY);
        try {
            execute(connection, "BEGIN TRANSACTION");
            try {
                for (String schema : AnalystTables.ALL.stream()
                        .map(AnalystTable::schema)
                        .distinct()
                        .toList()) {
                    execute(connection, "CREATE SCHEMA " + COPY + "." + schema);
                }
                for (AnalystTable table : AnalystTables.ALL) {
                    copy(
                            connection,
                            table,
                            tableComments.get(table.qualifiedName()),
                            columns.getOrDefault(table.qualifiedName(), List.of()));
                }
                execute(connection, "COMMIT");
            } catch (SQLException | RuntimeException e) {
                execute(connection, "ROLLBACK");
                throw e;
            }
            execute(connection, "CHECKPOINT " + COPY);
        } finally {
            execute(connection, "DETACH " + COPY);
        }
    }

    private static void copy(Connection connection, AnalystTable table, String tableComment, List<SourceColumn> columns)
            throws SQLException {
        if (columns.isEmpty()) {
            throw new IllegalStateException("The warehouse has no table " + table.qualifiedName() + " to publish");
        }
        List<String> personal = columns.stream()
                .map(SourceColumn::name)
                .filter(AnalystTables::isPersonalColumn)
                .toList();
        if (!personal.isEmpty()) {
            throw new IllegalStateException("Refusing to publish " + table.qualifiedName() + ": its columns " + personal
                    + " look like they are about one person, and the analysts' copy holds nothing per employee");
        }
        String target = COPY + "." + table.schema() + "." + table.name();
        execute(connection, "CREATE TABLE " + target + " AS " + table.select());
        if (tableComment != null) {
            execute(connection, "COMMENT ON TABLE " + target + " IS " + literal(tableComment));
        }
        for (SourceColumn column : columns) {
            if (!column.nullable()) {
                execute(
                        connection,
                        "ALTER TABLE " + target + " ALTER COLUMN " + identifier(column.name()) + " SET NOT NULL");
            }
            if (column.comment() != null) {
                execute(
                        connection,
                        "COMMENT ON COLUMN " + target + "." + identifier(column.name()) + " IS "
                                + literal(column.comment()));
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private record SourceColumn(String name, boolean nullable, String comment) {}

    /** The columns of every table of the warehouse, by {@code schema.table}, in their order. */
    private static Map<String, List<SourceColumn>> columns(Connection connection) throws SQLException {
        Map<String, List<SourceColumn>> columns = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT schema_name || '.' || table_name, column_name, is_nullable, "
                                + "comment FROM duckdb_columns() WHERE database_name = current_database() "
                                + "ORDER BY schema_name, table_name, column_index")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                        .add(new SourceColumn(rows.getString(2), rows.getBoolean(3), rows.getString(4)));
            }
        }
        return columns;
    }

    private static Map<String, String> tableComments(Connection connection) throws SQLException {
        Map<String, String> comments = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT schema_name || '.' || table_name, comment FROM duckdb_tables() "
                                + "WHERE database_name = current_database() UNION ALL "
                                // a view published as a table (report.deliveries) keeps its description
                                + "SELECT schema_name || '.' || view_name, comment FROM duckdb_views() "
                                + "WHERE database_name = current_database() AND NOT internal")) {
            while (rows.next()) {
                comments.put(rows.getString(1), rows.getString(2));
            }
        }
        return comments;
    }

    /** Work folders that a killed run left half-written (a link there is removed, not followed). */
    private static void removeLeftovers(Path published) throws IOException {
        String prefix = published.getFileName() + ".tmp-";
        try (Stream<Path> siblings = Files.list(published.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                if (sibling.getFileName().toString().startsWith(prefix)) {
                    deleteRecursively(sibling);
                }
            }
        }
    }

    /** Files.walk does not follow links: a link is deleted, never what it points to. */
    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException ignored) {
            // the next run removes it; the original outcome is the one to report
        }
    }

    /** Makes the rename itself durable. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // some file systems cannot sync a folder; the copy itself is synced
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
