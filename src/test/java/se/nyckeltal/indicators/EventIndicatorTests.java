package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The EKO_*, LON_* and KC_* indicators: counts, shares and per-FTE values of events. */
class EventIndicatorTests extends IndicatorTestSupport {

    @Test
    void invoiceCountsAndElectronicSharesPerUnitAreaAndAll() {
        core.unit("EKO-K1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null)
                .unit("EKO-L1", "EKONOMI", "SUPPLIER_INVOICING", "2016-01-01", null)
                .unit("UPH-1", "UPPHANDLING", "OTHER", "2016-01-01", null)
                .invoices(3, "k-el", "CUSTOMER", "2017-03-02", "EKO-K1", "ELECTRONIC")
                .invoices(1, "k-sc", "CUSTOMER", "2017-03-20", "EKO-K1", "SCANNED")
                .invoices(2, "l-el", "SUPPLIER", "2017-03-05", "EKO-L1", "ELECTRONIC")
                .invoices(2, "l-ma", "SUPPLIER", "2017-03-31", "EKO-L1", "MANUAL")
                .invoices(1, "u-sc", "SUPPLIER", "2017-03-10", "UPH-1", "SCANNED")
                .staffing("e1", "2017-03", "EKO-L1", "M", 1980, "0.5", "80");

        recomputeAll();

        // 5 supplier invoices of the whole administration / 0.5 supplier-invoicing FTE-months = 10;
        // the procurement unit's invoice counts in the numerator, its process keeps it out of the denominator.
        assertRow(values.all("EKO_SUPP_INV_PER_FTE_MONTH", "MONTH", "2017-03"), 10.0, 5.0, 0.5);
        assertRow(values.row("EKO_SUPP_INV_PER_FTE_MONTH", "MONTH", "2017-03", "UNIT", "EKO-L1", "T"), 8.0, 4.0, 0.5);
        assertRow(values.row("EKO_SUPP_INV_PER_FTE_MONTH", "MONTH", "2017-03", "UNIT", "UPH-1", "T"), null, 1.0, 0.0);

        // Customer invoices: 3 electronic + 1 scanned, all in EKO-K1.
        assertRow(values.all("EKO_CUST_INV_COUNT", "MONTH", "2017-03"), 4.0, 4.0, null);
        assertRow(values.all("EKO_CUST_INV_ELECTRONIC_PCT", "MONTH", "2017-03"), 3.0 / 4 * 100, 3.0, 4.0);
        // Supplier invoices: EKO-L1 2 electronic + 2 manual, UPH-1 1 scanned: 2 / 5.
        assertRow(values.all("EKO_SUPP_INV_COUNT", "MONTH", "2017-03"), 5.0, 5.0, null);
        assertRow(values.all("EKO_SUPP_INV_ELECTRONIC_PCT", "MONTH", "2017-03"), 2.0 / 5 * 100, 2.0, 5.0);
        assertRow(
                values.row("EKO_SUPP_INV_ELECTRONIC_PCT", "MONTH", "2017-03", "AREA", "EKONOMI", "T"),
                2.0 / 4 * 100,
                2.0,
                4.0);
        assertRow(values.row("EKO_SUPP_INV_ELECTRONIC_PCT", "MONTH", "2017-03", "UNIT", "UPH-1", "T"), 0.0, 0.0, 1.0);
        assertRow(values.row("EKO_SUPP_INV_COUNT", "YEAR", "2017", "AREA", "UPPHANDLING", "T"), 1.0, 1.0, null);

        // Only units with customer invoices have customer rows; the ALL row always exists.
        assertThat(values.orgCodes("EKO_CUST_INV_COUNT", "MONTH", "2017-03", "UNIT", "T"))
                .containsExactly("EKO-K1");
        assertThat(values.orgCodes("EKO_CUST_INV_ELECTRONIC_PCT", "YEAR", "2017", "AREA", "T"))
                .containsExactly("EKONOMI");
        assertThat(values.orgCodes("EKO_SUPP_INV_COUNT", "MONTH", "2017-03", "UNIT", "T"))
                .containsExactly("EKO-L1", "UPH-1");
        // No gender breakdown for event indicators.
        assertThat(values.genders("EKO_CUST_INV_COUNT", "MONTH", "2017-03", "ALL", "ALL"))
                .containsExactly("T");
    }

    @Test
    void perFteNumeratorCountsEveryEventButOnlyFteMonthsOfTheProcessDivide() {
        core.unit("EKO-K1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null)
                .unit("EKO-X", "EKONOMI", "OTHER", "2016-01-01", null)
                .staffing("e1", "2017-03", "EKO-K1", "K", 1980, "1.0", "160")
                .staffing("e2", "2017-03", "EKO-K1", "M", 1980, "0.5", "80")
                .staffing("e3", "2017-03", "EKO-X", "M", 1980, "1.0", "160")
                .invoices(30, "k", "CUSTOMER", "2017-03-10", "EKO-K1", "ELECTRONIC")
                .invoices(15, "x", "CUSTOMER", "2017-03-11", "EKO-X", "SCANNED");

        recomputeAll();

        // ALL: 30 + 15 = 45 customer invoices / (1.0 + 0.5) customer-invoicing FTE-months = 30.
        assertRow(values.all("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-03"), 30.0, 45.0, 1.5);
        // The invoicing unit: 30 / 1.5 = 20; the OTHER unit has events but no FTE-months: 15 / 0.
        assertRow(values.row("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-03", "UNIT", "EKO-K1", "T"), 20.0, 30.0, 1.5);
        assertRow(values.row("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-03", "UNIT", "EKO-X", "T"), null, 15.0, 0.0);
        // Supplier per-FTE: no supplier invoices and no supplier-invoicing staff: only the ALL row, 0 / 0.
        assertRow(values.all("EKO_SUPP_INV_PER_FTE_MONTH", "MONTH", "2017-03"), null, 0.0, 0.0);
        assertThat(values.orgCodes("EKO_SUPP_INV_PER_FTE_MONTH", "MONTH", "2017-03", "UNIT", "T"))
                .isEmpty();
    }

    @Test
    void perFteRowExistsForAUnitWithStaffOfTheProcessButNoEvents() {
        core.unit("LON-1", "LON", "PAYROLL", "2016-01-01", null)
                .unit("LON-2", "LON", "PAYROLL", "2016-01-01", null)
                .staffing("e1", "2017-05", "LON-1", "K", 1980, "1.0", "160")
                .staffing("e2", "2017-05", "LON-2", "K", 1980, "0.8", "128")
                .payslip("p1", "2017-05-25", "LON-1", "ELECTRONIC")
                .payslip("p2", "2017-05-25", "LON-1", "MANUAL")
                .payslip("p3", "2017-05-25", "LON-1", "ELECTRONIC")
                .payslip("p4", "2017-05-26", "LON-1", "ELECTRONIC");

        recomputeAll();

        // ALL: 4 payslips / (1.0 + 0.8) = 2.222…; LON-2 has payroll staff but no payslips: 0 / 0.8.
        assertRow(values.all("LON_PAYSLIPS_PER_FTE_MONTH", "MONTH", "2017-05"), 4 / 1.8, 4.0, 1.8);
        assertRow(values.row("LON_PAYSLIPS_PER_FTE_MONTH", "MONTH", "2017-05", "UNIT", "LON-2", "T"), 0.0, 0.0, 0.8);
        assertRow(values.row("LON_PAYSLIPS_PER_FTE_MONTH", "MONTH", "2017-05", "AREA", "LON", "T"), 4 / 1.8, 4.0, 1.8);
        assertRow(values.all("LON_PAYSLIP_COUNT", "MONTH", "2017-05"), 4.0, 4.0, null);
        assertRow(values.all("LON_ELECTRONIC_PCT", "YEAR", "2017"), 3.0 / 4 * 100, 3.0, 4.0);
        // A share exists only where it has rows in its denominator.
        assertThat(values.orgCodes("LON_ELECTRONIC_PCT", "MONTH", "2017-05", "UNIT", "T"))
                .containsExactly("LON-1");
    }

    @Test
    void workedExample2Contacts() {
        core.unit("KC-1", "KONTAKTCENTER", "CONTACT_CENTER", "2016-01-01", null)
                .contact("c1", "2017-03-01T08:00:00", "PHONE", "KC-1", "ANSWERED", 45, true)
                .contact("c2", "2017-03-15T09:30:00", "PHONE", "KC-1", "ABANDONED", 80, null)
                .contact("c3", "2017-03-31T23:59:59", "EMAIL", "KC-1", "HANDLED", null, false);

        recomputeAll();

        assertRow(values.all("KC_CONTACT_COUNT", "MONTH", "2017-03"), 3.0, 3.0, null);
        // 2 phone calls of 3 contacts.
        assertRow(values.all("KC_PHONE_PCT", "MONTH", "2017-03"), 2.0 / 3 * 100, 2.0, 3.0);
        // Of the 2 calls, 1 answered within 60 s (and within 120 s: the abandoned one was never answered).
        assertRow(values.all("KC_ANSWERED_60S_PCT", "MONTH", "2017-03"), 50.0, 1.0, 2.0);
        assertRow(values.all("KC_ANSWERED_120S_PCT", "MONTH", "2017-03"), 50.0, 1.0, 2.0);
        assertRow(values.all("KC_AVAILABILITY_PCT", "MONTH", "2017-03"), 50.0, 1.0, 2.0);
        // Answered or handled: c1 (resolved) and c3 (not); the abandoned call is in neither part.
        assertRow(values.all("KC_FIRST_CONTACT_RESOLUTION_PCT", "MONTH", "2017-03"), 50.0, 1.0, 2.0);
        assertRow(values.row("KC_FIRST_CONTACT_RESOLUTION_PCT", "YEAR", "2017", "UNIT", "KC-1", "T"), 50.0, 1.0, 2.0);
        // One month of contacts: no rolling year yet (the first R12 period is 11 months after it).
        assertThat(values.periods("KC_CONTACT_COUNT", "R12")).isEmpty();
    }

    @Test
    void answeredWithinSixtyAndHundredTwentySecondsCountsTheBoundaries() {
        core.unit("KC-1", "KONTAKTCENTER", "CONTACT_CENTER", "2016-01-01", null)
                .contact("c1", "2017-04-03T08:00:00", "PHONE", "KC-1", "ANSWERED", 60, true)
                .contact("c2", "2017-04-03T08:01:00", "PHONE", "KC-1", "ANSWERED", 61, false)
                .contact("c3", "2017-04-03T08:02:00", "PHONE", "KC-1", "ANSWERED", 120, true)
                .contact("c4", "2017-04-03T08:03:00", "PHONE", "KC-1", "ANSWERED", 121, true)
                .contact("c5", "2017-04-03T08:04:00", "CHAT", "KC-1", "ANSWERED", 5, true)
                .contact("c6", "2017-04-03T08:05:00", "CHAT", "KC-1", "ABANDONED", 300, null);

        recomputeAll();

        // Phone calls c1..c4: within 60 s: c1 (60); within 120 s: c1, c2, c3.
        assertRow(values.all("KC_ANSWERED_60S_PCT", "MONTH", "2017-04"), 25.0, 1.0, 4.0);
        assertRow(values.all("KC_ANSWERED_120S_PCT", "MONTH", "2017-04"), 75.0, 3.0, 4.0);
        assertRow(values.all("KC_AVAILABILITY_PCT", "MONTH", "2017-04"), 100.0, 4.0, 4.0);
        // First-contact resolution over every answered or handled contact, chat included: c1 c3 c4 c5 of c1..c5.
        assertRow(values.all("KC_FIRST_CONTACT_RESOLUTION_PCT", "MONTH", "2017-04"), 80.0, 4.0, 5.0);
        assertRow(values.all("KC_PHONE_PCT", "MONTH", "2017-04"), 4.0 / 6 * 100, 4.0, 6.0);
    }

    @Test
    void aUnitWithOnlyEmailHasNoPhoneShareRowsButTheAllRowExists() {
        core.unit("KC-1", "KONTAKTCENTER", "CONTACT_CENTER", "2016-01-01", null)
                .contact("c1", "2017-03-01T08:00:00", "EMAIL", "KC-1", "HANDLED", null, true);

        recomputeAll();

        assertThat(values.orgCodes("KC_ANSWERED_60S_PCT", "MONTH", "2017-03", "UNIT", "T"))
                .isEmpty();
        assertThat(values.orgCodes("KC_AVAILABILITY_PCT", "MONTH", "2017-03", "AREA", "T"))
                .isEmpty();
        assertRow(values.all("KC_ANSWERED_60S_PCT", "MONTH", "2017-03"), null, 0.0, 0.0);
        assertThat(values.orgCodes("KC_PHONE_PCT", "MONTH", "2017-03", "UNIT", "T"))
                .containsExactly("KC-1");
        assertRow(values.row("KC_PHONE_PCT", "MONTH", "2017-03", "UNIT", "KC-1", "T"), 0.0, 0.0, 1.0);
    }

    @Test
    void unknownUnitCountsInAllOnlyAndInDataQuality() {
        core.unit("EKO-K1", "EKONOMI", "CUSTOMER_INVOICING", "2017-01-01", null)
                .invoices(2, "k", "CUSTOMER", "2017-03-10", "EKO-K1", "ELECTRONIC")
                // no units row at all
                .invoices(1, "g", "CUSTOMER", "2017-03-11", "GHOST", "SCANNED")
                // EKO-K1 has no version valid on 2016-12-01
                .invoices(1, "old", "CUSTOMER", "2016-12-31", "EKO-K1", "SCANNED");

        recomputeAll();

        assertRow(values.all("EKO_CUST_INV_COUNT", "MONTH", "2017-03"), 3.0, 3.0, null);
        assertRow(values.row("EKO_CUST_INV_COUNT", "MONTH", "2017-03", "UNIT", "EKO-K1", "T"), 2.0, 2.0, null);
        assertRow(values.row("EKO_CUST_INV_COUNT", "MONTH", "2017-03", "AREA", "EKONOMI", "T"), 2.0, 2.0, null);
        assertThat(values.orgCodes("EKO_CUST_INV_COUNT", "MONTH", "2017-03", "UNIT", "T"))
                .containsExactly("EKO-K1");
        assertRow(values.all("EKO_CUST_INV_COUNT", "MONTH", "2016-12"), 1.0, 1.0, null);
        assertThat(values.orgCodes("EKO_CUST_INV_COUNT", "MONTH", "2016-12", "UNIT", "T"))
                .isEmpty();
        assertThat(values.orgCodes("EKO_CUST_INV_COUNT", "MONTH", "2016-12", "AREA", "T"))
                .isEmpty();
        // Two invoice rows without a valid unit version.
        assertThat(dataQuality("unknown_unit")).containsExactly("2 WARN");
    }

    @Test
    void aUnitCountsInTheAreaOfItsVersionOnTheFirstOfEachMonth() {
        // EKO-A moves from EKONOMI to ADMIN on 2017-03-15: March still belongs to EKONOMI.
        core.unit("EKO-A", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", "2017-03-14")
                .unit("EKO-A", "ADMIN", "CUSTOMER_INVOICING", "2017-03-15", null)
                .invoices(1, "mar", "CUSTOMER", "2017-03-20", "EKO-A", "ELECTRONIC")
                .invoices(2, "apr", "CUSTOMER", "2017-04-20", "EKO-A", "ELECTRONIC");

        recomputeAll();

        assertRow(values.row("EKO_CUST_INV_COUNT", "MONTH", "2017-03", "AREA", "EKONOMI", "T"), 1.0, 1.0, null);
        assertThat(values.orgCodes("EKO_CUST_INV_COUNT", "MONTH", "2017-03", "AREA", "T"))
                .containsExactly("EKONOMI");
        assertRow(values.row("EKO_CUST_INV_COUNT", "MONTH", "2017-04", "AREA", "ADMIN", "T"), 2.0, 2.0, null);
        // The year splits between the areas; the unit keeps one row.
        assertRow(values.row("EKO_CUST_INV_COUNT", "YEAR", "2017", "AREA", "EKONOMI", "T"), 1.0, 1.0, null);
        assertRow(values.row("EKO_CUST_INV_COUNT", "YEAR", "2017", "AREA", "ADMIN", "T"), 2.0, 2.0, null);
        assertRow(values.row("EKO_CUST_INV_COUNT", "YEAR", "2017", "UNIT", "EKO-A", "T"), 3.0, 3.0, null);
    }

    @Test
    void overlappingVersionsFromDifferentDeliveriesTakeTheLatestValidFrom() {
        // An open-ended version from 2016, and a later delivery's version from 2017-02 that overlaps it.
        core.unit("EKO-A", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null)
                .unit("EKO-A", "ADMIN", "SUPPLIER_INVOICING", "2017-02-01", null)
                .invoices(1, "jan", "CUSTOMER", "2017-01-20", "EKO-A", "ELECTRONIC")
                .invoices(1, "feb", "CUSTOMER", "2017-02-20", "EKO-A", "ELECTRONIC");

        recomputeAll();

        assertThat(values.orgCodes("EKO_CUST_INV_COUNT", "MONTH", "2017-01", "AREA", "T"))
                .containsExactly("EKONOMI");
        assertThat(values.orgCodes("EKO_CUST_INV_COUNT", "MONTH", "2017-02", "AREA", "T"))
                .containsExactly("ADMIN");
    }

    @Test
    void rollingTwelveMonthsCoversTheTwelveMonthsEndingWithThePeriodMonth() {
        core.unit("LON-1", "LON", "PAYROLL", "2015-01-01", null);
        // One payslip a month from 2016-01 to 2017-03, two in 2016-04.
        for (int month = 1; month <= 15; month++) {
            int year = month <= 12 ? 2016 : 2017;
            int m = month <= 12 ? month : month - 12;
            core.payslip("p" + month, String.format("%d-%02d-25", year, m), "LON-1", "ELECTRONIC");
        }
        core.payslip("extra", "2016-04-26", "LON-1", "MANUAL");

        recomputeAll();

        // R12 periods start 11 months after the first month with rows: 2016-12 is the first.
        assertThat(values.periods("LON_PAYSLIP_COUNT", "R12"))
                .containsExactly("2016-12", "2017-01", "2017-02", "2017-03");
        // 2016-12 covers 2016-01..2016-12: 12 + the extra one.
        assertRow(values.all("LON_PAYSLIP_COUNT", "R12", "2016-12"), 13.0, 13.0, null);
        // 2017-03 covers 2016-04..2017-03: 12 + the extra one in 2016-04.
        assertRow(values.all("LON_PAYSLIP_COUNT", "R12", "2017-03"), 13.0, 13.0, null);
        assertRow(values.all("LON_ELECTRONIC_PCT", "R12", "2017-03"), 12.0 / 13 * 100, 12.0, 13.0);
        // 2017-04 would cover 2016-05..2017-04 (12 payslips) but has no rows: no period.
        assertThat(values.periods("LON_PAYSLIP_COUNT", "MONTH")).hasSize(15);
        assertThat(values.periods("LON_PAYSLIP_COUNT", "YEAR")).containsExactly("2016", "2017");
        assertRow(values.all("LON_PAYSLIP_COUNT", "YEAR", "2017"), 3.0, 3.0, null);
    }

    @Test
    void periodsCarryTheirFirstAndLastDay() {
        core.unit("LON-1", "LON", "PAYROLL", "2015-01-01", null);
        for (int m = 1; m <= 12; m++) {
            core.payslip("p" + m, String.format("2016-%02d-10", m), "LON-1", "ELECTRONIC");
        }

        recomputeAll();

        assertThat(warehouse.dsl().fetch("""
                SELECT period_type || ' ' || period || ' ' || period_start || ' ' || period_end
                FROM report.indicator_values
                WHERE indicator_code = 'LON_PAYSLIP_COUNT' AND org_level = 'ALL'
                  AND period IN ('2016-02', '2016', '2016-12')
                ORDER BY 1""").getValues(0, String.class))
                .containsExactly(
                        "MONTH 2016-02 2016-02-01 2016-02-29",
                        "MONTH 2016-12 2016-12-01 2016-12-31",
                        "R12 2016-12 2016-01-01 2016-12-31",
                        "YEAR 2016 2016-01-01 2016-12-31");
    }
}
