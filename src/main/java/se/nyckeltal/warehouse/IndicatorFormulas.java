package se.nyckeltal.warehouse;

import java.util.Map;
import java.util.Optional;

/**
 * The formula of each indicator in words, from docs/indicators.md (the catalogue table in the
 * warehouse holds names, units and directions, not formulas), for the generated documentation
 * and for {@code explain}. The documentation generator refuses a catalogue code without a
 * formula here, so a new indicator cannot go undocumented.
 */
public final class IndicatorFormulas {

    private static final String SICK_LEAVE = "sick_hours / scheduled hours × 100";

    private static final Map<String, String> FORMULAS = Map.ofEntries(
            Map.entry("EKO_CUST_INV_COUNT", "count of invoices with type CUSTOMER"),
            Map.entry("EKO_SUPP_INV_COUNT", "count of invoices with type SUPPLIER"),
            Map.entry("EKO_CUST_INV_PER_FTE_MONTH", "CUSTOMER invoices / FTE-months(p, {CUSTOMER_INVOICING})"),
            Map.entry("EKO_SUPP_INV_PER_FTE_MONTH", "SUPPLIER invoices / FTE-months(p, {SUPPLIER_INVOICING})"),
            Map.entry("EKO_CUST_INV_ELECTRONIC_PCT", "CUSTOMER with channel ELECTRONIC / all CUSTOMER × 100"),
            Map.entry("EKO_SUPP_INV_ELECTRONIC_PCT", "SUPPLIER with channel ELECTRONIC / all SUPPLIER × 100"),
            Map.entry("LON_PAYSLIP_COUNT", "count of payslips"),
            Map.entry("LON_PAYSLIPS_PER_FTE_MONTH", "payslips / FTE-months(p, {PAYROLL})"),
            Map.entry("LON_ELECTRONIC_PCT", "payslips with source ELECTRONIC / all payslips × 100"),
            Map.entry("KC_CONTACT_COUNT", "count of contacts"),
            Map.entry("KC_PHONE_PCT", "PHONE contacts / all contacts × 100"),
            Map.entry(
                    "KC_ANSWERED_60S_PCT",
                    "PHONE with outcome ANSWERED and wait_seconds ≤ 60 / all PHONE contacts × 100"),
            Map.entry(
                    "KC_ANSWERED_120S_PCT",
                    "PHONE with outcome ANSWERED and wait_seconds ≤ 120 / all PHONE contacts × 100"),
            Map.entry("KC_AVAILABILITY_PCT", "PHONE ANSWERED / all PHONE × 100"),
            Map.entry(
                    "KC_FIRST_CONTACT_RESOLUTION_PCT",
                    "contacts with outcome ANSWERED or HANDLED and resolved_first_contact true"
                            + " / contacts with outcome ANSWERED or HANDLED × 100"),
            Map.entry("HR_FTE", "sum of fte / calendar months in the period (1 for MONTH, 12 for YEAR and R12)"),
            Map.entry("HR_SICK_LEAVE_PCT", SICK_LEAVE),
            Map.entry("HR_SICK_LEAVE_DAY1_14_PCT", "sick_hours of days with day number ≤ 14 / scheduled hours × 100"),
            Map.entry(
                    "HR_LONG_TERM_SICK_SHARE_PCT",
                    "sick_hours of days in spells of length ≥ 60 / all sick_hours × 100"),
            Map.entry("HR_SICK_LEAVE_AGE_29_PCT", SICK_LEAVE + ", employees of age ≤ 29"),
            Map.entry("HR_SICK_LEAVE_AGE_30_49_PCT", SICK_LEAVE + ", employees of age 30–49"),
            Map.entry("HR_SICK_LEAVE_AGE_50_PCT", SICK_LEAVE + ", employees of age ≥ 50"));

    private IndicatorFormulas() {}

    public static Optional<String> of(String indicatorCode) {
        return Optional.ofNullable(FORMULAS.get(indicatorCode));
    }
}
