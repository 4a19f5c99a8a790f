/**
 * The DuckDB warehouse file: opening and configuring it, schema migrations, the one-writer
 * lock, transactions, the in-memory staging database, running SQL files from {@code sql/},
 * pseudonym keys and pseudonyms, and publishing the read-only copy for analysts.
 */
package se.nyckeltal.warehouse;
