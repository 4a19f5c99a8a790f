package se.nyckeltal.explain;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.nyckeltal.failure.UserError;

/**
 * Which file {@code explain} reads, told by what it holds (never by its name): the loader's own
 * file has the person-level HR facts ({@code core.staffing}); the analysts' copy has not, and
 * names its deliveries in {@code report.deliveries}.
 */
public enum WarehouseTier {
    LOADER_FILE("the loader's file"),
    PUBLISHED_COPY("the analysts' copy");

    private final String description;

    WarehouseTier(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    static WarehouseTier of(DSLContext dsl) {
        if (!hasTable(dsl, "report", "indicator_values")) {
            throw new UserError("This file is no nyckeltal warehouse (it has no report.indicator_values):"
                    + " give the warehouse or its published copy with --warehouse");
        }
        if (hasTable(dsl, "core", "staffing")) {
            return LOADER_FILE;
        }
        if (!hasTable(dsl, "report", "deliveries")) {
            throw new UserError("This analysts' copy was published before it named its deliveries"
                    + " (report.deliveries): the next load publishes one that has them, or explain the loader's file");
        }
        return PUBLISHED_COPY;
    }

    private static boolean hasTable(DSLContext dsl, String schema, String table) {
        return dsl.fetchExists(DSL.selectOne()
                .from(DSL.table("duckdb_columns()"))
                .where(DSL.field("database_name").eq(DSL.field("current_database()")))
                .and(DSL.field("schema_name").eq(schema))
                .and(DSL.field("table_name").eq(table)));
    }
}
