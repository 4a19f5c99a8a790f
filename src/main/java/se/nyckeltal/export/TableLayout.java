package se.nyckeltal.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one table is laid out as Parquet: the columns added for partitioning (name → SQL
 * expression over the table's own columns) and the Hive partition keys, outermost first.
 * A table without partition keys is written as one file.
 */
record TableLayout(Map<String, String> addedColumns, List<String> partitionBy) {

    TableLayout {
        addedColumns = Collections.unmodifiableMap(new LinkedHashMap<>(addedColumns));
        partitionBy = List.copyOf(partitionBy);
    }

    static TableLayout singleFile() {
        return new TableLayout(Map.of(), List.of());
    }

    /** A fact partitioned {@code year=2017/month=3/} by the calendar month of its date or timestamp. */
    static TableLayout byYearAndMonthOf(String dateColumn) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put("year", "year(" + dateColumn + ")");
        added.put("month", "month(" + dateColumn + ")");
        return new TableLayout(added, List.of("year", "month"));
    }

    /** Partitioned by columns the table already has, e.g. {@code period_type=YEAR/}. */
    static TableLayout byOwnColumns(String... columns) {
        return new TableLayout(Map.of(), List.of(columns));
    }

    boolean partitioned() {
        return !partitionBy.isEmpty();
    }
}
