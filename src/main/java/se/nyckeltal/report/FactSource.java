package se.nyckeltal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import se.nyckeltal.warehouse.jooq.core.Tables;

/**
 * The fact rows an indicator's figures of a year are computed from, by extract (docs/indicators.md):
 * customer or supplier invoices, payslips, contacts, and for the per-FTE and HR indicators the
 * staffing rows (FTE-months, scheduled hours) and sick days. The HR extracts are about employees:
 * the report names their files and counts their rows, and nothing finer.
 */
enum FactSource {
    CUSTOMER_INVOICES("Kundfakturor", "invoices", false),
    SUPPLIER_INVOICES("Leverantörsfakturor", "invoices", false),
    PAYSLIPS("Löner", "payslips", false),
    CONTACTS("Inkommande ärenden", "contacts", false),
    STAFFING("Bemanning (årsarbetare och schemalagd tid)", "staffing", true),
    SICK_LEAVE("Sjukfrånvarodagar", "sick_leave", true);

    private final String title;
    private final String extract;
    private final boolean aboutEmployees;

    FactSource(String title, String extract, boolean aboutEmployees) {
        this.title = title;
        this.extract = extract;
        this.aboutEmployees = aboutEmployees;
    }

    String title() {
        return title;
    }

    String extract() {
        return extract;
    }

    /** Rows per employee: only files and row counts may be shown, no line numbers. */
    boolean aboutEmployees() {
        return aboutEmployees;
    }

    /** The facts an indicator of the catalogue counts; by its extract for a code the catalogue may add later. */
    static List<FactSource> of(String indicatorCode, String sourceExtract) {
        List<FactSource> sources = new ArrayList<>();
        if (indicatorCode.startsWith("EKO_CUST_")) {
            sources.add(CUSTOMER_INVOICES);
        } else if (indicatorCode.startsWith("EKO_SUPP_")) {
            sources.add(SUPPLIER_INVOICES);
        } else if (indicatorCode.startsWith("LON_")) {
            sources.add(PAYSLIPS);
        } else if (indicatorCode.startsWith("KC_")) {
            sources.add(CONTACTS);
        } else if (indicatorCode.startsWith("HR_")) {
            sources.add(STAFFING);
            if (!indicatorCode.equals("HR_FTE")) {
                sources.add(SICK_LEAVE);
            }
        } else {
            for (FactSource source : values()) {
                if (source.extract.equals(sourceExtract) && !sources.contains(source)) {
                    sources.add(source);
                }
            }
        }
        // Per-FTE values divide by the FTE-months of the staffing extract.
        if (indicatorCode.contains("_PER_FTE_") && !sources.contains(STAFFING)) {
            sources.add(STAFFING);
        }
        return sources;
    }

    Table<?> table() {
        return switch (this) {
            case CUSTOMER_INVOICES, SUPPLIER_INVOICES -> Tables.INVOICES;
            case PAYSLIPS -> Tables.PAYSLIPS;
            case CONTACTS -> Tables.CONTACTS;
            case STAFFING -> Tables.STAFFING;
            case SICK_LEAVE -> Tables.SICK_LEAVE;
        };
    }

    Field<Long> fileId() {
        return switch (this) {
            case CUSTOMER_INVOICES, SUPPLIER_INVOICES -> Tables.INVOICES.FILE_ID;
            case PAYSLIPS -> Tables.PAYSLIPS.FILE_ID;
            case CONTACTS -> Tables.CONTACTS.FILE_ID;
            case STAFFING -> Tables.STAFFING.FILE_ID;
            case SICK_LEAVE -> Tables.SICK_LEAVE.FILE_ID;
        };
    }

    Field<Long> lineNumber() {
        return switch (this) {
            case CUSTOMER_INVOICES, SUPPLIER_INVOICES -> Tables.INVOICES.LINE_NUMBER;
            case PAYSLIPS -> Tables.PAYSLIPS.LINE_NUMBER;
            case CONTACTS -> Tables.CONTACTS.LINE_NUMBER;
            case STAFFING -> Tables.STAFFING.LINE_NUMBER;
            case SICK_LEAVE -> Tables.SICK_LEAVE.LINE_NUMBER;
        };
    }

    /** The rows of the year, by the date that decides a row's month. */
    Condition inYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return switch (this) {
            case CUSTOMER_INVOICES ->
                Tables.INVOICES.INVOICE_TYPE.eq("CUSTOMER").and(Tables.INVOICES.REGISTERED_DATE.between(first, last));
            case SUPPLIER_INVOICES ->
                Tables.INVOICES.INVOICE_TYPE.eq("SUPPLIER").and(Tables.INVOICES.REGISTERED_DATE.between(first, last));
            case PAYSLIPS -> Tables.PAYSLIPS.PAY_DATE.between(first, last);
            case CONTACTS ->
                // Its day, local time as stored (jOOQ's timestamp binds do not parse in DuckDB).
                DSL.cast(Tables.CONTACTS.RECEIVED_AT, SQLDataType.LOCALDATE).between(first, last);
            case STAFFING -> Tables.STAFFING.MONTH.between(first, last);
            case SICK_LEAVE -> Tables.SICK_LEAVE.DATE.between(first, last);
        };
    }
}
