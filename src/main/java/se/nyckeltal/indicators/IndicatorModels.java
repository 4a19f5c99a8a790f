package se.nyckeltal.indicators;

import java.util.List;

/**
 * The SQL models of the indicator catalogue, in dependency order: every file is one
 * {@code CREATE OR REPLACE VIEW} (one table macro, see indicator_values_of.sql), core models first, then the report models built on them.
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
            "core/employee_month.sql",
            "report/indicator_formula.sql",
            "report/period.sql",
            "report/indicator_period.sql",
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
            "report/indicator_table_model.sql");

    /** Pins the periods to delete and to write in temporary tables. */
    static final String PIN_PERIODS_TO_COMPUTE = "report/pin_periods_to_compute.sql";

    /** Replaces the stored indicator values of the pinned periods. */
    static final String WRITE_INDICATOR_VALUES = "report/write_indicator_values.sql";

    /** Rebuilds the annual report's indicator table from the stored values. */
    static final String WRITE_INDICATOR_TABLE = "report/write_indicator_table.sql";

    private IndicatorModels() {
    }
}
