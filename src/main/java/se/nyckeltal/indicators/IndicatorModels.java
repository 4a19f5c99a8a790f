package se.nyckeltal.indicators;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.nyckeltal.warehouse.SqlScript;

/**
 * The SQL models of the indicator catalogue (dbt style: one model per file under
 * {@code sql/models/}, CTEs named for what they do) and the scripts of the recomputation under
 * {@code sql/scripts/} (see {@code sql/README.md}). Every model is one {@code CREATE OR REPLACE
 * VIEW}, except the table macros {@code report.indicator_values_of} (so that the recomputation can
 * feed the final step the sums it staged: DuckDB binds one view over the whole chain slowly) and
 * {@code report.disclosure_relation_of}. They are created in the order their references imply
 * ({@link ModelOrder}), found by folder: a new model is a new file.
 *
 * <pre>
 * core.*                  calendar, unit versions per month, events per unit and month,
 *                         sick-leave days and spells, employee-months (the HR fact)
 * report.period*          which periods exist (from the data) and which to recompute
 * report.org_memberships  the organisational units a unit-month counts in (ALL, AREA, UNIT)
 * report.*_period_sum     sums per calendar period and org, per source
 * report.*_indicator_sum  numerator / denominator per indicator, period, org, gender, by domain
 *                         (finance, payroll, contact centre, HR), unioned in
 *                         report.indicator_period_sum
 * report.indicator_values_of    rows and values (HR rows before disclosure control)
 * report.disclosure_*           the HR cells, their populations and additive relations,
 *                               for disclosure control (see DisclosureControl)
 * report.indicator_table_model  the annual report's table with targets
 * </pre>
 *
 * <p>Session variables the models read (unset in an analyst's session = everything):
 * {@code window_start}/{@code window_end} (the months asked for), {@code scan_from}/
 * {@code scan_until} (the months the periods to write cover) and {@code disclosure_limit}.
 */
final class IndicatorModels {

    /** Pins the periods to delete and to write in temporary tables. */
    static final String PIN_PERIODS_TO_COMPUTE = "scripts/recompute/pin_periods_to_compute.sql";

    /** Replaces the stored indicator values of the pinned periods. */
    static final String WRITE_INDICATOR_VALUES = "scripts/recompute/write_indicator_values.sql";

    /** Rebuilds the annual report's indicator table from the stored values. */
    static final String WRITE_INDICATOR_TABLE = "scripts/recompute/write_indicator_table.sql";

    private IndicatorModels() {}

    /** Every model under {@code sql/models/}, each after the models it references. */
    static List<SqlModel> inCreationOrder() {
        Map<String, SqlModel> models = SqlScript.pathsUnder("models/").stream()
                .map(SqlModel::load)
                .collect(Collectors.toMap(SqlModel::name, Function.identity()));
        return ModelOrder.of(models.values().stream().collect(Collectors.toMap(SqlModel::name, SqlModel::references)))
                .stream()
                .map(models::get)
                .toList();
    }
}
