package se.nyckeltal.export;

import org.jooq.DSLContext;

/**
 * A few rows in every core table and in the report tables the loader and the indicator models
 * write, chosen to cross partition boundaries: two years, month ends and starts, a NULL in every
 * nullable column somewhere, DECIMAL scales and a timestamp one second before midnight.
 */
final class ExportTestData {

    private ExportTestData() {}

    static void insert(DSLContext dsl) {
        dsl.execute("""
                INSERT INTO core.units VALUES
                  ('EKO-KUND1', DATE '2016-01-01', NULL, 'Kundreskontra 1', 'EKONOMI', 'CUSTOMER_INVOICING', 1, 2),
                  ('KC-1', DATE '2016-01-01', DATE '2017-12-31', 'Kontaktcenter 1', 'KONTAKTCENTER', 'CONTACT_CENTER', 1, 3)""");
        dsl.execute("""
                INSERT INTO core.staffing VALUES
                  ('a1b2', DATE '2017-03-01', 'EKO-KUND1', 'K', 1980, 100, 1.0, 168, 2, 2),
                  ('a1b2', DATE '2017-04-01', 'EKO-KUND1', 'K', 1980, 100, 0.75, 150.5, 2, 3),
                  ('c3d4', DATE '2017-03-01', 'KC-1', 'M', NULL, 50, 0.5, 84.25, 2, 4),
                  ('c3d4', DATE '2018-01-01', 'KC-1', 'X', 1990, 80.5, 0.805, 135.123456, 3, 2)""");
        dsl.execute("""
                INSERT INTO core.invoices VALUES
                  ('CUSTOMER', 'F-1', DATE '2017-03-01', 'EKO-KUND1', 'SOC', 'ELECTRONIC', 1234.5, 4, 2),
                  ('SUPPLIER', 'F-1', DATE '2017-03-31', 'EKO-KUND1', NULL, 'SCANNED', NULL, 4, 3),
                  ('CUSTOMER', 'F-2', DATE '2017-04-15', 'EKO-KUND1', 'UTB', 'MANUAL', -99.9999, 4, 4),
                  ('CUSTOMER', 'F-3', DATE '2018-01-02', 'EKO-KUND1', 'SOC', 'ELECTRONIC', 0, 5, 2)""");
        dsl.execute("""
                INSERT INTO core.payslips VALUES
                  ('P-1', DATE '2017-03-25', 'LON-1', 'SOC', 'ELECTRONIC', 6, 2),
                  ('P-2', DATE '2017-12-22', 'LON-1', NULL, 'MANUAL', 6, 3)""");
        dsl.execute("""
                INSERT INTO core.contacts VALUES
                  ('C-1', TIMESTAMP '2017-03-31 23:59:59', 'PHONE', 'KC-1', 'ANSWERED', 45, 300, true, 7, 2),
                  ('C-2', TIMESTAMP '2017-04-01 00:00:00', 'EMAIL', 'KC-1', 'HANDLED', NULL, NULL, false, 7, 3),
                  ('C-3', TIMESTAMP '2017-04-02 08:15:00', 'CHAT', 'KC-1', 'ABANDONED', 80, NULL, NULL, 7, 4)""");
        dsl.execute("""
                INSERT INTO core.sick_leave VALUES
                  ('a1b2', DATE '2017-03-30', DATE '2017-03-30', 8, 8, 2),
                  ('a1b2', DATE '2017-03-31', DATE '2017-03-30', 4.5, 8, 3)""");
        dsl.execute("INSERT INTO core.targets VALUES ('HR_SICK_LEAVE_PCT', 2017, 6.0, NULL, 9, 2)");
        dsl.execute("""
                INSERT INTO report.indicator_values (indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender, value, numerator, denominator, suppressed, suppression) values
                  ('HR_FTE', 'MONTH', '2017-03', DATE '2017-03-01', DATE '2017-03-31', 'ALL', 'ALL', 'T', 1.5, 1.5, 1, false, NULL),
                  ('KC_CONTACT_COUNT', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'UNIT', 'KC-1', 'T', 3, 3, NULL, false, NULL),
                  ('HR_SICK_LEAVE_PCT', 'R12', '2017-12', DATE '2017-01-01', DATE '2017-12-31', 'AREA', 'EKONOMI', 'K', NULL, NULL, NULL, true, 'PRIMARY')""");
        dsl.execute("""
                INSERT INTO report.indicator_table VALUES
                  ('HR_SICK_LEAVE_PCT', 'Sjukfrånvaro', 2017, 6.25, NULL, 5.1, NULL, 6.0, NULL, false, NULL)""");
        dsl.execute("""
                INSERT INTO report.rejected_rows VALUES
                  (1, 'invoices', 'invoices/2017-03.csv', 7, 'amount_sek', 'not a decimal number', 'F-9;CUSTOMER;x')""");
        dsl.execute("""
                INSERT INTO report.load_runs VALUES
                  (1, TIMESTAMP '2018-01-03 02:00:00', TIMESTAMP '2018-01-03 02:00:05', 'invoices',
                   'invoices/2017-03.csv', 'ab12', 5, 4, 1, 'LOADED', NULL)""");
        // report.data_quality stays empty: an empty table is exported too
    }
}
