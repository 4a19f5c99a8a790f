/**
 * Generates the schema and indicator sections of {@code docs/warehouse.md} from the migrated
 * warehouse (table and column comments) and the indicator formulas, between markers, so that
 * the analysts' guide cannot drift from the schema.
 */
package se.nyckeltal.docs;
