package se.nyckeltal.export;

import org.jooq.DSLContext;

/**
 * A few rows of {@code report.indicator_values} for the open-data exports (the catalogue is the 22
 * indicators of migration V003). Three indicators, chosen for what each export must do with them:
 *
 * <ul>
 *   <li>KC_CONTACT_COUNT (sort order 10, no gender breakdown): shown counts for 2017 (ALL 3, unit
 *       KC-1 3) and 2018 (ALL 5), and a MONTH and an R12 value, which Kolada (years only) leaves out;
 *   <li>HR_SICK_LEAVE_PCT (17, by gender): YEAR 2017 for ALL shown for T (10 h of 160 h = 6.25 %),
 *       K withheld (PRIMARY), M withheld (COMPLEMENTARY); for area EKONOMI T withheld, and the row is
 *       planted with a value 42.5 and a numerator 6.8 as if a fault had left them there: no export may
 *       write them;
 *   <li>EKO_CUST_INV_PER_FTE_MONTH (3): YEAR 2017 for ALL with 100 invoices over 0 FTE-months: no value.
 * </ul>
 */
final class OpenDataTestData {

    /** The planted value of a withheld row: must appear in no export. */
    static final String PLANTED_WITHHELD_VALUE = "42.5";

    private OpenDataTestData() {}

    static void insert(DSLContext dsl) {
        dsl.execute("""
                INSERT INTO report.indicator_values (indicator_code, period_type, period, period_start, period_end,
                    org_level, org_code, gender, value, numerator, denominator, suppressed, suppression) VALUES
                  ('KC_CONTACT_COUNT', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'ALL', 'ALL', 'T', 3, 3, NULL, false, NULL),
                  ('KC_CONTACT_COUNT', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'UNIT', 'KC-1', 'T', 3, 3, NULL, false, NULL),
                  ('KC_CONTACT_COUNT', 'YEAR', '2018', DATE '2018-01-01', DATE '2018-12-31', 'ALL', 'ALL', 'T', 5, 5, NULL, false, NULL),
                  ('KC_CONTACT_COUNT', 'MONTH', '2017-03', DATE '2017-03-01', DATE '2017-03-31', 'ALL', 'ALL', 'T', 1, 1, NULL, false, NULL),
                  ('KC_CONTACT_COUNT', 'R12', '2017-12', DATE '2017-01-01', DATE '2017-12-31', 'ALL', 'ALL', 'T', 3, 3, NULL, false, NULL),
                  ('HR_SICK_LEAVE_PCT', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'ALL', 'ALL', 'T', 6.25, 10, 160, false, NULL),
                  ('HR_SICK_LEAVE_PCT', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'ALL', 'ALL', 'K', NULL, NULL, NULL, true, 'PRIMARY'),
                  ('HR_SICK_LEAVE_PCT', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'ALL', 'ALL', 'M', NULL, NULL, NULL, true, 'COMPLEMENTARY'),
                  ('HR_SICK_LEAVE_PCT', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'AREA', 'EKONOMI', 'T', 42.5, 6.8, 16, true, 'PRIMARY'),
                  ('EKO_CUST_INV_PER_FTE_MONTH', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'ALL', 'ALL', 'T', NULL, 100, 0, false, NULL)""");
    }
}
