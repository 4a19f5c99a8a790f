/**
 * The {@code report} command's files: {@code indicator_values.csv} and
 * {@code indicator_table.csv} at full precision, and the human-readable annual report of one
 * year (HTML with SVG charts, numbers rounded the Swedish way).
 */
package se.nyckeltal.report;
