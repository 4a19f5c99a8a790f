/**
 * Run attempts ({@code meta.run_attempt}: every load and indicators attempt with its outcome,
 * a dead process's shown as CRASHED), how up to date each extract is, the health that
 * {@code status} reports with its exit code, and the metrics file for a node exporter. Used by
 * {@code cli}, {@code load} and {@code report}; uses only {@code extract} and {@code warehouse}.
 */
package se.nyckeltal.monitoring;
