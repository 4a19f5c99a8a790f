package se.nyckeltal.load;

import org.jooq.Table;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.warehouse.jooq.staging.Staging;

/** The generated staging table of each extract ({@code staging.<folder>}). */
final class StagingTables {

    private StagingTables() {}

    static Table<?> rowsOf(Extract extract) {
        Table<?> table = Staging.STAGING.getTable(extract.folder());
        if (table == null) {
            throw new IllegalStateException("no staging table for " + extract.folder());
        }
        return table;
    }
}
