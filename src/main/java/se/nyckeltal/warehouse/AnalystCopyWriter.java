package se.nyckeltal.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.nyckeltal.warehouse.AnalystTables.AnalystTable;

/**
 * Writes the tables of {@link AnalystTables} into a DuckDB file attached as {@value #COPY}: either
 * all of them into a new file, or into a file that holds the copy as last published with the same
 * {@linkplain #layout() layout}, in which case the facts are rewritten only for the deliveries whose
 * rows changed.
 *
 * <p>A fact's row is the line of one delivery ({@code file_id}, {@code line_number}) and never
 * changes once loaded; what changes is which lines are in the table (a later delivery replaces a
 * key, a retraction removes a delivery's rows and brings back what they had replaced). So a
 * delivery's rows are the same in the warehouse and the copy when their number and the set of
 * their line numbers (an XOR of the lines' hashes) are; only the deliveries where they differ are
 * deleted from the copy and inserted again. That reads two integer columns of both, instead of
 * writing and compressing every row. The other tables (indicator values, catalogue, run log) are
 * rewritten whole: their size follows the indicators and periods, not the rows delivered.
 */
final class AnalystCopyWriter {

    static final String COPY = "published_copy";

    private final Connection connection;
    private final Map<String, String> tableComments;
    private final Map<String, List<SourceColumn>> columns;

    /** Reads the catalogue once, before the copy is attached: each query of it costs tens of milliseconds. */
    AnalystCopyWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.tableComments = tableComments(connection);
        this.columns = columns(connection);
    }

    /**
     * What decides whether a copy can be updated in place of rebuilt: the allowed tables, how each is
     * read, their columns with types, nullability and comments, and how many migrations the
     * warehouse has had (a migration may rewrite rows without changing a column).
     */
    String layout() throws SQLException {
        StringBuilder layout = new StringBuilder();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT max(installed_rank) FROM flyway_schema_history")) {
            rows.next();
            layout.append("migrations ").append(rows.getLong(1)).append('\n');
        }
        for (AnalystTable table : AnalystTables.ALL) {
            layout.append(table.qualifiedName())
                    .append(' ')
                    .append(table.select())
                    .append(' ')
                    .append(tableComments.get(table.qualifiedName()))
                    .append('\n');
            for (SourceColumn column : sourceColumns(table)) {
                layout.append("  ").append(column).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(layout.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates every allowed table in the attached, empty copy. */
    void writeAll() throws SQLException {
        for (String schema :
                AnalystTables.ALL.stream().map(AnalystTable::schema).distinct().toList()) {
            execute("CREATE SCHEMA " + COPY + "." + schema);
        }
        for (AnalystTable table : AnalystTables.ALL) {
            create(table);
        }
    }

    /**
     * Brings the attached copy, last published with the same layout, up to date: the facts by
     * delivery, the other tables whole.
     *
     * @return the number of deliveries whose rows were rewritten
     */
    int update() throws SQLException {
        int deliveries = 0;
        for (AnalystTable table : AnalystTables.ALL) {
            if (byDelivery(table)) {
                deliveries += updateByDelivery(table);
            } else {
                execute("DROP TABLE " + target(table));
                create(table);
            }
        }
        return deliveries;
    }

    private boolean byDelivery(AnalystTable table) {
        List<String> names =
                sourceColumns(table).stream().map(SourceColumn::name).toList();
        return table.select().equals("SELECT * FROM " + table.qualifiedName())
                && names.contains("file_id")
                && names.contains("line_number");
    }

    private int updateByDelivery(AnalystTable table) throws SQLException {
        String changed = "WITH in_warehouse AS (" + fingerprint(table.qualifiedName()) + "), in_copy AS ("
                + fingerprint(target(table)) + ") SELECT file_id FROM in_warehouse FULL JOIN in_copy USING (file_id) "
                + "WHERE in_warehouse.line_count IS DISTINCT FROM in_copy.line_count "
                + "OR in_warehouse.line_hash IS DISTINCT FROM in_copy.line_hash";
        List<Long> files = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(changed)) {
            while (rows.next()) {
                files.add(rows.getLong(1));
            }
        }
        if (!files.isEmpty()) {
            String ids = files.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
            execute("DELETE FROM " + target(table) + " WHERE file_id IN " + ids);
            execute("INSERT INTO " + target(table) + " " + table.select() + " WHERE file_id IN " + ids);
        }
        return files.size();
    }

    private static String fingerprint(String table) {
        return "SELECT file_id, count(*) AS line_count, bit_xor(hash(line_number)) AS line_hash FROM " + table
                + " GROUP BY file_id";
    }

    private void create(AnalystTable table) throws SQLException {
        List<SourceColumn> sourceColumns = sourceColumns(table);
        List<String> personal = sourceColumns.stream()
                .map(SourceColumn::name)
                .filter(AnalystTables::isPersonalColumn)
                .toList();
        if (!personal.isEmpty()) {
            throw new IllegalStateException("Refusing to publish " + table.qualifiedName() + ": its columns " + personal
                    + " look like they are about one person, and the analysts' copy holds nothing per employee");
        }
        String target = target(table);
        execute("CREATE TABLE " + target + " AS " + table.select());
        String tableComment = tableComments.get(table.qualifiedName());
        if (tableComment != null) {
            execute("COMMENT ON TABLE " + target + " IS " + literal(tableComment));
        }
        for (SourceColumn column : sourceColumns) {
            if (!column.nullable()) {
                execute("ALTER TABLE " + target + " ALTER COLUMN " + identifier(column.name()) + " SET NOT NULL");
            }
            if (column.comment() != null) {
                execute("COMMENT ON COLUMN " + target + "." + identifier(column.name()) + " IS "
                        + literal(column.comment()));
            }
        }
    }

    private List<SourceColumn> sourceColumns(AnalystTable table) {
        List<SourceColumn> found = columns.getOrDefault(table.qualifiedName(), List.of());
        if (found.isEmpty()) {
            throw new IllegalStateException("The warehouse has no table " + table.qualifiedName() + " to publish");
        }
        return found;
    }

    private static String target(AnalystTable table) {
        return COPY + "." + table.qualifiedName();
    }

    /** A new statement each time: DuckDB's driver closes a statement whose SQL failed. */
    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private record SourceColumn(String name, String type, boolean nullable, String comment) {}

    /** The columns of every table and view of the warehouse, by {@code schema.table}, in their order. */
    private static Map<String, List<SourceColumn>> columns(Connection connection) throws SQLException {
        Map<String, List<SourceColumn>> columns = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT schema_name || '.' || table_name, column_name, data_type, is_nullable, "
                                + "comment FROM duckdb_columns() WHERE database_name = current_database() "
                                + "ORDER BY schema_name, table_name, column_index")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                        .add(new SourceColumn(
                                rows.getString(2), rows.getString(3), rows.getBoolean(4), rows.getString(5)));
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

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
