package se.nyckeltal.sample;

import java.util.List;

/** The seven extract folders of docs/extracts.md with their columns in contract order. */
enum SampleExtract {
    UNITS("units", "unit_code", "unit_name", "business_area", "process", "valid_from", "valid_to"),
    STAFFING(
            "staffing",
            "employee_ref",
            "month",
            "unit_code",
            "gender",
            "birth_year",
            "employment_rate_pct",
            "fte",
            "scheduled_hours"),
    INVOICES(
            "invoices",
            "invoice_id",
            "invoice_type",
            "registered_date",
            "unit_code",
            "customer_org",
            "channel",
            "amount_sek"),
    PAYSLIPS("payslips", "payslip_id", "pay_date", "unit_code", "employer_org", "source"),
    CONTACTS(
            "contacts",
            "contact_id",
            "received_at",
            "channel",
            "unit_code",
            "outcome",
            "wait_seconds",
            "handle_seconds",
            "resolved_first_contact"),
    SICK_LEAVE("sick_leave", "employee_ref", "date", "spell_start", "sick_hours"),
    TARGETS("targets", "indicator_code", "year", "board_target", "council_target");

    private final String folder;
    private final List<String> columns;

    SampleExtract(String folder, String... columns) {
        this.folder = folder;
        this.columns = List.of(columns);
    }

    String folder() {
        return folder;
    }

    List<String> columns() {
        return columns;
    }
}
