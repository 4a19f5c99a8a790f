package se.nyckeltal.extract;

import static se.nyckeltal.extract.FieldType.bool;
import static se.nyckeltal.extract.FieldType.code;
import static se.nyckeltal.extract.FieldType.date;
import static se.nyckeltal.extract.FieldType.decimal;
import static se.nyckeltal.extract.FieldType.decimalAtLeast;
import static se.nyckeltal.extract.FieldType.decimalBetween;
import static se.nyckeltal.extract.FieldType.eventDate;
import static se.nyckeltal.extract.FieldType.eventMonth;
import static se.nyckeltal.extract.FieldType.eventTimestamp;
import static se.nyckeltal.extract.FieldType.integer;
import static se.nyckeltal.extract.FieldType.integerAtLeast;
import static se.nyckeltal.extract.FieldType.oneOf;
import static se.nyckeltal.extract.FieldType.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The seven extracts of docs/extracts.md as tables. Column order is the order of {@code staging.<folder>}
 * in sql/staging/staging_tables.sql after {@code file_id, line_number}.
 */
final class ExtractDefinitions {

    /** Digits before the separator that core.invoices.amount_sek, DECIMAL(18,4), receives exactly. */
    private static final int AMOUNT_DIGITS = 11;
    /** The same for the DECIMAL(18,6) measures of core.staffing and core.sick_leave. */
    private static final int STAFFING_DIGITS = 9;

    private static final Map<Extract, ExtractDefinition> DEFINITIONS = new EnumMap<>(Extract.class);

    static {
        DEFINITIONS.put(
                Extract.UNITS,
                ExtractDefinition.builder()
                        .required("unit_code", code())
                        .required("unit_name", FieldType.freeText())
                        .required(
                                "business_area",
                                oneOf("EKONOMI", "LON", "KONTAKTCENTER", "HR", "UPPHANDLING", "LOKAL", "ADMIN"))
                        .required(
                                "process",
                                oneOf("CUSTOMER_INVOICING", "SUPPLIER_INVOICING", "PAYROLL", "CONTACT_CENTER", "OTHER"))
                        .required("valid_from", date())
                        .optional("valid_to", date())
                        .naturalKey("unit_code", "valid_from")
                        .rule(RowRules.notBefore("valid_to", "valid_from"))
                        .noOverlappingVersions("unit_code", "valid_from", "valid_to")
                        .build());

        DEFINITIONS.put(
                Extract.STAFFING,
                ExtractDefinition.builder()
                        .personalReference("employee_ref", "employee_pseudonym")
                        .required("month", eventMonth())
                        .required("unit_code", code())
                        .required("gender", oneOf("K", "M", "X"))
                        .optional("birth_year", integer())
                        .required("employment_rate_pct", decimalBetween(0, 100))
                        .required("fte", decimalBetween(0, 1.5))
                        .required("scheduled_hours", decimalAtLeast(0, STAFFING_DIGITS))
                        .naturalKey("employee_ref", "month")
                        .build());

        DEFINITIONS.put(
                Extract.INVOICES,
                ExtractDefinition.builder()
                        .required("invoice_id", text())
                        .required("invoice_type", oneOf("CUSTOMER", "SUPPLIER"))
                        .required("registered_date", eventDate())
                        .required("unit_code", code())
                        .optional("customer_org", code())
                        .required("channel", oneOf("ELECTRONIC", "SCANNED", "MANUAL"))
                        .optional("amount_sek", decimal(AMOUNT_DIGITS))
                        .naturalKey("invoice_type", "invoice_id")
                        .build());

        DEFINITIONS.put(
                Extract.PAYSLIPS,
                ExtractDefinition.builder()
                        .required("payslip_id", text())
                        .required("pay_date", eventDate())
                        .required("unit_code", code())
                        .optional("employer_org", code())
                        .required("source", oneOf("ELECTRONIC", "MANUAL"))
                        .naturalKey("payslip_id")
                        .build());

        DEFINITIONS.put(
                Extract.CONTACTS,
                ExtractDefinition.builder()
                        .required("contact_id", text())
                        .required("received_at", eventTimestamp())
                        .required("channel", oneOf("PHONE", "EMAIL", "CHAT"))
                        .required("unit_code", code())
                        .required("outcome", oneOf("ANSWERED", "ABANDONED", "HANDLED"))
                        .optional("wait_seconds", integerAtLeast(0))
                        .optional("handle_seconds", integerAtLeast(0))
                        .optional("resolved_first_contact", bool())
                        .naturalKey("contact_id")
                        .rule(RowRules.allowedPairs(
                                "channel",
                                "outcome",
                                Map.of(
                                        "PHONE", Set.of("ANSWERED", "ABANDONED"),
                                        "CHAT", Set.of("ANSWERED", "ABANDONED"),
                                        "EMAIL", Set.of("HANDLED")),
                                "PHONE and CHAT: ANSWERED or ABANDONED; EMAIL: HANDLED"))
                        .rule(RowRules.requiredWhen("wait_seconds", "channel", "PHONE", "CHAT"))
                        .rule(RowRules.requiredWhen("resolved_first_contact", "outcome", "ANSWERED", "HANDLED"))
                        .build());

        DEFINITIONS.put(
                Extract.SICK_LEAVE,
                ExtractDefinition.builder()
                        .personalReference("employee_ref", "employee_pseudonym")
                        .required("date", eventDate())
                        .required("spell_start", eventDate())
                        .required("sick_hours", decimalAtLeast(0, STAFFING_DIGITS))
                        .naturalKey("employee_ref", "date")
                        .rule(RowRules.notAfter("spell_start", "date"))
                        .build());

        DEFINITIONS.put(
                Extract.TARGETS,
                ExtractDefinition.builder()
                        .required(
                                "indicator_code",
                                FieldType.oneOfDescribed("an indicator code of docs/indicators.md", IndicatorCodes.ALL))
                        .required("year", integer())
                        .optional("board_target", decimal())
                        .optional("council_target", decimal())
                        .naturalKey("indicator_code", "year")
                        .rule(RowRules.atLeastOneOf("board_target", "council_target"))
                        .build());
    }

    private ExtractDefinitions() {}

    static ExtractDefinition of(Extract extract) {
        return DEFINITIONS.get(extract);
    }
}
