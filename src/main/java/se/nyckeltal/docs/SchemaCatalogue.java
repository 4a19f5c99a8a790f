package se.nyckeltal.docs;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads tables, columns, types and comments ({@code COMMENT ON}) of the analyst-facing schemas
 * from DuckDB's own catalogue, so that the documentation describes the schema the migrations
 * really build. Views are left out: those in {@code core} and {@code report} are the indicator
 * models' internals, recreated at every recomputation.
 */
final class SchemaCatalogue {

    private final DSLContext dsl;

    SchemaCatalogue(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The base tables of the schema in creation order (the order the migrations introduce them). */
    List<DocumentedTable> tables(String schema) {
        List<DocumentedTable> tables = new ArrayList<>();
        for (Record table : dsl.fetch("""
                SELECT table_name, comment
                FROM duckdb_tables()
                WHERE database_name = current_database() AND schema_name = ?
                ORDER BY table_oid""", schema)) {
            String name = table.get("table_name", String.class);
            tables.add(new DocumentedTable(schema, name, table.get("comment", String.class), columns(schema, name)));
        }
        return tables;
    }

    private List<DocumentedColumn> columns(String schema, String table) {
        return dsl.fetch("""
                SELECT column_name, data_type, is_nullable, comment
                FROM duckdb_columns()
                WHERE database_name = current_database() AND schema_name = ? AND table_name = ?
                ORDER BY column_index""", schema, table)
                .map(column -> new DocumentedColumn(
                        column.get("column_name", String.class),
                        column.get("data_type", String.class),
                        column.get("is_nullable", Boolean.class),
                        column.get("comment", String.class)));
    }
}
