/**
 * The benchmark baseline: the same input loaded with DuckDB's own CSV reader and the same
 * indicator SQL, without validation, rejects, pseudonyms or restart. Run by {@code bench/run.sh}
 * from the test classes: it is not part of the shipped jar.
 */
package se.nyckeltal.bench;
