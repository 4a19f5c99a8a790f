/**
 * Recomputation of the indicators: creates the SQL models of {@code sql/models} (in the order
 * their references imply), runs the scripts of {@code sql/scripts/recompute} and
 * {@code sql/scripts/disclosure} for the periods to compute, writing {@code report.indicator_values}
 * and {@code report.indicator_table}, and runs the data-quality checks of {@code sql/tests}. Used by
 * the load's last step and by the {@code indicators} command.
 */
package se.nyckeltal.indicators;
