/**
 * Recomputation of the indicators: runs the SQL models under {@code sql/core} and
 * {@code sql/report} for the periods to compute, writes {@code report.indicator_values} and
 * {@code report.indicator_table}, and runs the data-quality checks of {@code sql/tests}. Used by
 * the load's last step and by the {@code indicators} command.
 */
package se.nyckeltal.indicators;
