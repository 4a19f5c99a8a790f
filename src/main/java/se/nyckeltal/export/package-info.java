/**
 * The {@code export} command's work: the public {@code report} tables and the {@code core}
 * facts written as Hive-partitioned Parquet, one folder per table, with DuckDB's {@code COPY}.
 */
package se.nyckeltal.export;
