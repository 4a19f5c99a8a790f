package se.nyckeltal.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import se.nyckeltal.warehouse.AnalystTables;
import se.nyckeltal.warehouse.AnalystTables.AnalystTable;

/**
 * Writes the analysts' tables ({@link AnalystTables}: the {@code report} tables and the facts that
 * are about no employee; never staffing, sick leave or anything per employee) as Hive-partitioned Parquet with DuckDB's own {@code COPY … TO … (FORMAT parquet, PARTITION_BY …)},
 * one folder per table: {@code DIR/<schema>/<table>/}. Layouts are in {@link ExportLayouts}.
 *
 * <p>All tables are read in one transaction, so the export is one consistent snapshot even if
 * the warehouse were written meanwhile. Partition columns live in the folder names only
 * (DuckDB's default), which is what Spark and Trino expect; a table without rows still gets one
 * empty file, so that readers find its columns instead of "no files found".
 */
public final class Exporter {

    private static final String SINGLE_FILE = "data_0.parquet";

    private final DSLContext dsl;

    public Exporter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Exports into {@code dir}, replacing the folders of the tables it writes; returns what it wrote. */
    public List<ExportedTable> exportParquet(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<SourceTable> tables = tables(tx);
            refusePersonalColumns(tables);
            List<ExportedTable> written = new ArrayList<>();
            for (SourceTable table : tables) {
                written.add(write(tx, table, root));
            }
            return written;
        });
    }

    private static ExportedTable write(DSLContext tx, SourceTable table, Path root) {
        TableLayout layout = ExportLayouts.of(table.schema(), table.name());
        Path folder = root.resolve(table.schema()).resolve(table.name());
        replaceFolder(folder);
        String select = "SELECT *"
                + layout.addedColumns().entrySet().stream()
                        .map(added -> ", " + added.getValue() + " AS " + identifier(added.getKey()))
                        .collect(Collectors.joining())
                + " FROM (" + table.select() + ") AS " + identifier(table.name());
        long rows = count(tx, table);
        if (layout.partitioned() && rows > 0) {
            execute(
                    tx,
                    "COPY (" + select + ") TO " + literal(folder) + " (FORMAT parquet, PARTITION_BY ("
                            + layout.partitionBy().stream()
                                    .map(Exporter::identifier)
                                    .collect(Collectors.joining(", "))
                            + "))");
            return new ExportedTable(table.schema(), table.name(), folder, rows, layout.partitionBy());
        }
        execute(tx, "COPY (" + select + ") TO " + literal(folder.resolve(SINGLE_FILE)) + " (FORMAT parquet)");
        return new ExportedTable(table.schema(), table.name(), folder, rows, List.of());
    }

    private static List<SourceTable> tables(DSLContext tx) {
        List<SourceTable> tables = new ArrayList<>();
        for (AnalystTable table : AnalystTables.ALL) {
            List<String> columns = tx.fetchValues("""
                    SELECT column_name FROM duckdb_columns()
                    WHERE database_name = current_database() AND schema_name = ? AND table_name = ?
                    ORDER BY column_index""", table.schema(), table.name()).stream()
                    .map(String::valueOf)
                    .toList();
            if (columns.isEmpty()) {
                throw new IllegalStateException("The warehouse has no table " + table.qualifiedName() + " to export");
            }
            tables.add(new SourceTable(table.schema(), table.name(), table.select(), columns));
        }
        return tables;
    }

    private static void refusePersonalColumns(List<SourceTable> tables) {
        List<String> personal = new ArrayList<>();
        for (SourceTable table : tables) {
            table.columns().stream()
                    .filter(AnalystTables::isPersonalColumn)
                    .forEach(column -> personal.add(table.schema() + "." + table.name() + "." + column));
        }
        if (!personal.isEmpty()) {
            throw new IllegalStateException("Refusing to export: the warehouse has columns that look like they are "
                    + "about one person (" + String.join(", ", personal) + "). Exports hold nothing per employee.");
        }
    }

    private static long count(DSLContext tx, SourceTable table) {
        return tx.connectionResult(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table.sqlName())) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** Plain JDBC: jOOQ's plain-SQL templating would read braces and question marks in paths. */
    private static void execute(DSLContext tx, String sql) {
        tx.connection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }

    /**
     * A table's folder holds only this export's files: stale partitions of an earlier one go. A
     * symbolic link where the schema's or the table's folder belongs is removed, never followed
     * (Files.walk does not follow links), so an export never writes or deletes where it points.
     */
    private static void replaceFolder(Path folder) {
        try {
            Path schemaFolder = folder.getParent();
            if (Files.isSymbolicLink(schemaFolder)) {
                Files.delete(schemaFolder);
            }
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the export folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }

    private record SourceTable(String schema, String name, String select, List<String> columns) {

        String sqlName() {
            return identifier(schema) + "." + identifier(name);
        }
    }
}
