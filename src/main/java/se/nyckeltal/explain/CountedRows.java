package se.nyckeltal.explain;

import java.util.Map;

/**
 * Which fact rows count in an indicator's numerator or denominator (docs/indicators.md): the
 * rows that {@code explain} traces to their deliveries.
 *
 * @param eventRows   the rows of an event extract (see sql/queries/explain/event_deliveries.sql), or null
 * @param staffing    whether staffing rows (employee-months) count
 * @param fteProcess  for a per-FTE value: only the staffing of units of this process counts
 * @param sickDays    NONE, ALL or DAY_1_14: which sick days of those employee-months count
 * @param ageGroup    for an age indicator: its age group
 */
record CountedRows(String eventRows, boolean staffing, String fteProcess, String sickDays, String ageGroup) {

    private static final Map<String, CountedRows> BY_CODE = Map.ofEntries(
            Map.entry("EKO_CUST_INV_COUNT", events("CUSTOMER_INVOICES")),
            Map.entry("EKO_SUPP_INV_COUNT", events("SUPPLIER_INVOICES")),
            Map.entry("EKO_CUST_INV_PER_FTE_MONTH", perFte("CUSTOMER_INVOICES", "CUSTOMER_INVOICING")),
            Map.entry("EKO_SUPP_INV_PER_FTE_MONTH", perFte("SUPPLIER_INVOICES", "SUPPLIER_INVOICING")),
            Map.entry("EKO_CUST_INV_ELECTRONIC_PCT", events("CUSTOMER_INVOICES")),
            Map.entry("EKO_SUPP_INV_ELECTRONIC_PCT", events("SUPPLIER_INVOICES")),
            Map.entry("LON_PAYSLIP_COUNT", events("PAYSLIPS")),
            Map.entry("LON_PAYSLIPS_PER_FTE_MONTH", perFte("PAYSLIPS", "PAYROLL")),
            Map.entry("LON_ELECTRONIC_PCT", events("PAYSLIPS")),
            Map.entry("KC_CONTACT_COUNT", events("CONTACTS")),
            Map.entry("KC_PHONE_PCT", events("CONTACTS")),
            Map.entry("KC_ANSWERED_60S_PCT", events("PHONE_CONTACTS")),
            Map.entry("KC_ANSWERED_120S_PCT", events("PHONE_CONTACTS")),
            Map.entry("KC_AVAILABILITY_PCT", events("PHONE_CONTACTS")),
            Map.entry("KC_FIRST_CONTACT_RESOLUTION_PCT", events("ANSWERED_OR_HANDLED_CONTACTS")),
            Map.entry("HR_FTE", hr("NONE", null)),
            Map.entry("HR_SICK_LEAVE_PCT", hr("ALL", null)),
            Map.entry("HR_SICK_LEAVE_DAY1_14_PCT", hr("DAY_1_14", null)),
            Map.entry("HR_LONG_TERM_SICK_SHARE_PCT", hr("ALL", null)),
            Map.entry("HR_SICK_LEAVE_AGE_29_PCT", hr("ALL", "29_OR_YOUNGER")),
            Map.entry("HR_SICK_LEAVE_AGE_30_49_PCT", hr("ALL", "30_49")),
            Map.entry("HR_SICK_LEAVE_AGE_50_PCT", hr("ALL", "50_OR_OLDER")));

    static CountedRows of(String indicatorCode) {
        CountedRows rows = BY_CODE.get(indicatorCode);
        if (rows == null) {
            throw new IllegalArgumentException("No counted rows known for " + indicatorCode);
        }
        return rows;
    }

    /** An HR value: disclosure control applies, and its facts are about employees. */
    boolean personLevel() {
        return staffing && fteProcess == null;
    }

    private static CountedRows events(String eventRows) {
        return new CountedRows(eventRows, false, null, "NONE", null);
    }

    private static CountedRows perFte(String eventRows, String process) {
        return new CountedRows(eventRows, true, process, "NONE", null);
    }

    private static CountedRows hr(String sickDays, String ageGroup) {
        return new CountedRows(null, true, null, sickDays, ageGroup);
    }
}
