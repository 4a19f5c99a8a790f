package se.nyckeltal.indicators;

import java.util.List;

/**
 * The SQL models of the indicator catalogue, in dependency order (dbt style: one model per
 * file, CTEs named for what they do). Every file is one {@code CREATE OR REPLACE VIEW}, except
 * {@code report/indicator_values_of.sql}, a table macro, so that the recomputation can feed
 * the final step the sums it staged (DuckDB binds one view over the whole chain slowly).
 *
 * <pre>
 * core.*              calendar, unit versions per month, events per unit and month,
 *                     sick-leave days and spells, employee-months (the HR fact)
 * report.period*      which periods exist (from the data) and which to recompute
 * report.*_period_sum sums per calendar period and org (ALL, AREA, UNIT), per source
 * report.indicator_period_sum   numerator / denominator per indicator, period, org, gender
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

    static final List<String> VIEWS = List.of(
            "core/month_calendar.sql",
            "core/period_calendar.sql",
            "core/unit_month.sql",
            "core/extract_month.sql",
            "core/invoice_unit_month.sql",
            "core/payslip_unit_month.sql",
            "core/contact_unit_month.sql",
            "core/sick_spell.sql",
            "core/sick_day.sql",
            "core/staffing_month.sql",
            "core/employee_month.sql",
            "report/indicator_formula.sql",
            "report/person_level_indicator.sql",
            "report/is_frozen.sql",
            "report/period.sql",
            "report/indicator_period.sql",
            "report/stored_indicator_period.sql",
            "report/period_to_compute.sql",
            "report/stored_period_to_replace.sql",
            "report/invoice_period_sum.sql",
            "report/payslip_period_sum.sql",
            "report/contact_period_sum.sql",
            "report/staffing_period_sum.sql",
            "report/fte_period_sum.sql",
            "report/indicator_period_sum.sql",
            "report/indicator_values_of.sql",
            "report/indicator_values_model.sql",
            "report/indicator_table_model.sql",
            "report/disclosure_node.sql",
            "report/disclosure_relation_of.sql");

    /** Pins the periods to delete and to write in temporary tables. */
    static final String PIN_PERIODS_TO_COMPUTE = "report/pin_periods_to_compute.sql";

    /** Replaces the stored indicator values of the pinned periods. */
    static final String WRITE_INDICATOR_VALUES = "report/write_indicator_values.sql";

    /** Rebuilds the annual report's indicator table from the stored values. */
    static final String WRITE_INDICATOR_TABLE = "report/write_indicator_table.sql";

    private IndicatorModels() {}
}
