/**
 * The {@code report} command's files: {@code indicator_values.csv} and
 * {@code indicator_table.csv} at full precision, and the human-readable annual report of one
 * year (HTML with SVG charts, numbers rounded the Swedish way, a drill-down of every figure to its
 * months, areas, units and deliveries) with its generated Swedish text, also as Markdown.
 */
package se.nyckeltal.report;
