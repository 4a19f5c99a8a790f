package se.nyckeltal.docs;

/** One column of a documented table, as DuckDB's catalogue describes it. */
record DocumentedColumn(String name, String type, boolean nullable, String comment) {}
