package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The HR_* indicators. Most tests use the lowest disclosure limit (3) and groups of four so
 * that values are shown; disclosure control itself is in {@link DisclosureControlTests}.
 */
class HrIndicatorTests extends IndicatorTestSupport {

    private static final int LIMIT = 3;

    private RecomputeSummary recomputeWithLowLimit() {
        return recompute(LIMIT, null, null);
    }

    @Test
    void fteIsTheSumOfFteOverTheCalendarMonthsOfThePeriod() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null);
        colleagues(4, "k", "2017-01", "2017-12", "HR-1", "K", 1980, "1.0", "160");
        colleagues(4, "m", "2017-01", "2017-06", "HR-1", "M", 1980, "0.5", "80");
        colleagues(1, "x", "2017-01", "2017-12", "HR-1", "X", 1980, "1.0", "160");

        recomputeWithLowLimit();

        // Year: K 4 × 12 × 1.0 = 48, M 4 × 6 × 0.5 = 12, X 12 × 1.0 = 12; T = 72 FTE-months / 12.
        assertRow(values.all("HR_FTE", "YEAR", "2017"), 6.0, 72.0, 12.0);
        assertRow(values.row("HR_FTE", "YEAR", "2017", "ALL", "ALL", "K"), 4.0, 48.0, 12.0);
        assertRow(values.row("HR_FTE", "YEAR", "2017", "ALL", "ALL", "M"), 1.0, 12.0, 12.0);
        assertRow(values.row("HR_FTE", "YEAR", "2017", "UNIT", "HR-1", "T"), 6.0, 72.0, 12.0);
        // A month divides by 1: March 4 × 1.0 + 4 × 0.5 + 1.0 = 7.
        assertRow(values.all("HR_FTE", "MONTH", "2017-03"), 7.0, 7.0, 1.0);
        // The first rolling year is 2017-12 (staffing from 2017-01) and divides by 12 too.
        assertThat(values.periods("HR_FTE", "R12")).containsExactly("2017-12");
        assertRow(values.all("HR_FTE", "R12", "2017-12"), 6.0, 72.0, 12.0);
        // X counts in T only: no X rows, and the genders are T, K, M.
        assertThat(values.genders("HR_FTE", "YEAR", "2017", "UNIT", "HR-1")).containsExactly("K", "M", "T");
        // In July there are no men: the ALL row for M exists (suppressed: nobody), the unit has none.
        assertSuppressed(values.row("HR_FTE", "MONTH", "2017-07", "ALL", "ALL", "M"));
        assertThat(values.genders("HR_FTE", "MONTH", "2017-07", "UNIT", "HR-1")).containsExactly("K", "T");
    }

    @Test
    void partialYearStillDividesTheYearByTwelve() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null);
        colleagues(4, "k", "2017-01", "2017-03", "HR-1", "K", 1980, "0.75", "120");

        recomputeWithLowLimit();

        // 4 × 3 × 0.75 = 9 FTE-months over the 12 months of 2017.
        assertRow(values.all("HR_FTE", "YEAR", "2017"), 0.75, 9.0, 12.0);
    }

    @Test
    void workedExample3PartialSickLeave() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null)
                .staffingMonths("s1", "2017-01", "2017-02", "HR-1", "K", 1980, "1.0", "160")
                .sickDay("s1", "2017-01-30", "2017-01-30", "8")
                .sickDay("s1", "2017-01-31", "2017-01-30", "8")
                .sickDay("s1", "2017-02-01", "2017-01-30", "8")
                .sickDay("s1", "2017-02-02", "2017-01-30", "4")
                .sickDay("s1", "2017-02-03", "2017-01-30", "4");
        colleagues(3, "c", "2017-01", "2017-02", "HR-1", "K", 1980, "1.0", "160");

        recomputeWithLowLimit();

        // January: her 16 h of the unit's 4 × 160 = 640 scheduled hours; February the same.
        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-01"), 16.0 / 640 * 100, 16.0, 640.0);
        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-02"), 16.0 / 640 * 100, 16.0, 640.0);
        assertRow(values.row("HR_SICK_LEAVE_PCT", "YEAR", "2017", "ALL", "ALL", "K"), 32.0 / 1280 * 100, 32.0, 1280.0);
        // Day numbers 1..5: every hour is in day 1-14.
        assertRow(values.all("HR_SICK_LEAVE_DAY1_14_PCT", "YEAR", "2017"), 32.0 / 1280 * 100, 32.0, 1280.0);
        // The spell is 5 days long: nothing long-term, 0 of 32 sick hours.
        assertRow(values.all("HR_LONG_TERM_SICK_SHARE_PCT", "YEAR", "2017"), 0.0, 0.0, 32.0);
    }

    @Test
    void workedExample4SpellsOfSixtyDaysAreLongTermAndOfFiftyNineAreNot() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null)
                .staffingMonths("sixty", "2017-01", "2017-03", "HR-1", "K", 1980, "1.0", "160")
                .staffingMonths("fifty-nine", "2017-01", "2017-03", "HR-1", "K", 1980, "1.0", "160")
                .sickDays("sixty", "2017-01-02", "2017-03-02", "2017-01-02", "8")
                .sickDays("fifty-nine", "2017-01-02", "2017-03-01", "2017-01-02", "8");
        colleagues(2, "c", "2017-01", "2017-03", "HR-1", "K", 1980, "1.0", "160");

        recomputeWithLowLimit();

        // Sick hours: sixty 60 days × 8 = 480 (Jan 240, Feb 224, Mar 16); fifty-nine 472 (Mar 8).
        // Long-term: only the 60-day spell, every hour of it in every month.
        assertRow(values.all("HR_LONG_TERM_SICK_SHARE_PCT", "YEAR", "2017"), 480.0 / 952 * 100, 480.0, 952.0);
        assertRow(values.all("HR_LONG_TERM_SICK_SHARE_PCT", "MONTH", "2017-01"), 50.0, 240.0, 480.0);
        assertRow(values.all("HR_LONG_TERM_SICK_SHARE_PCT", "MONTH", "2017-03"), 16.0 / 24 * 100, 16.0, 24.0);
        // Day 1-14 is 2017-01-02..2017-01-15 for both: 2 × 14 × 8 = 224 of 4 × 160 scheduled hours.
        assertRow(values.all("HR_SICK_LEAVE_DAY1_14_PCT", "MONTH", "2017-01"), 224.0 / 640 * 100, 224.0, 640.0);
        assertRow(values.all("HR_SICK_LEAVE_DAY1_14_PCT", "MONTH", "2017-02"), 0.0, 0.0, 640.0);
        // All sick leave: January 2 × 30 × 8 = 480 of 640.
        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-01"), 75.0, 480.0, 640.0);
    }

    @Test
    void aSpellCrossingTheYearBoundaryKeepsItsDayNumbersAndLength() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null)
                .staffingMonths("short", "2016-11", "2017-01", "HR-1", "K", 1980, "1.0", "160")
                .staffingMonths("long", "2016-11", "2017-01", "HR-1", "K", 1980, "1.0", "160")
                // 2016-12-20..2017-01-10: 22 days; 2017-01-02 is day 14, 2017-01-03 day 15.
                .sickDays("short", "2016-12-20", "2017-01-10", "2016-12-20", "8")
                // 2016-11-15..2017-01-20: 16 + 31 + 20 = 67 days, long-term in both years.
                .sickDays("long", "2016-11-15", "2017-01-20", "2016-11-15", "4");
        colleagues(2, "c", "2016-11", "2017-01", "HR-1", "K", 1980, "1.0", "160");

        recomputeWithLowLimit();

        // 2017: short has 10 days × 8 = 80 h, of which Jan 1-2 (days 13, 14) = 16 h in day 1-14;
        // long has 20 days × 4 = 80 h, none in day 1-14 (its day 14 was 2016-11-28).
        assertRow(values.all("HR_SICK_LEAVE_DAY1_14_PCT", "YEAR", "2017"), 16.0 / 640 * 100, 16.0, 640.0);
        assertRow(values.all("HR_SICK_LEAVE_PCT", "YEAR", "2017"), 160.0 / 640 * 100, 160.0, 640.0);
        assertRow(values.all("HR_LONG_TERM_SICK_SHARE_PCT", "YEAR", "2017"), 50.0, 80.0, 160.0);
        // 2016: short 12 days × 8 = 96 h all in day 1-14; long 16 + 31 = 47 days × 4 = 188 h,
        // days 1-14 = 2016-11-15..28 = 56 h; scheduled 2 months × 4 × 160 = 1280.
        assertRow(values.all("HR_SICK_LEAVE_DAY1_14_PCT", "YEAR", "2016"), 152.0 / 1280 * 100, 152.0, 1280.0);
        assertRow(values.all("HR_LONG_TERM_SICK_SHARE_PCT", "YEAR", "2016"), 188.0 / 284 * 100, 188.0, 284.0);
    }

    @Test
    void genderXCountsInTheTotalOnly() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null)
                .staffing("x1", "2017-03", "HR-1", "X", 1980, "1.0", "100")
                .sickDay("x1", "2017-03-06", "2017-03-06", "10");
        colleagues(4, "k", "2017-03", "2017-03", "HR-1", "K", 1980, "1.0", "100");
        colleagues(4, "m", "2017-03", "2017-03", "HR-1", "M", 1980, "1.0", "100");

        recomputeWithLowLimit();
        // the formulas, before disclosure control (which withholds some of these small groups)
        IndicatorValues values = IndicatorValues.beforeDisclosureControl(warehouse.dsl());

        // T: 10 h of 9 × 100; K and M: 0 of 4 × 100 each.
        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-03"), 10.0 / 900 * 100, 10.0, 900.0);
        assertRow(values.row("HR_SICK_LEAVE_PCT", "MONTH", "2017-03", "ALL", "ALL", "K"), 0.0, 0.0, 400.0);
        assertRow(values.row("HR_SICK_LEAVE_PCT", "MONTH", "2017-03", "UNIT", "HR-1", "M"), 0.0, 0.0, 400.0);
        assertRow(values.row("HR_FTE", "MONTH", "2017-03", "AREA", "HR", "T"), 9.0, 9.0, 1.0);
    }

    @Test
    void ageGroupsSplitAtTwentyNineThirtyFortyNineAndFifty() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null)
                // ages in 2017: 29, 30, 49, 50; one without birth year
                .staffing("a29", "2017-03", "HR-1", "K", 1988, "1.0", "160")
                .sickDay("a29", "2017-03-06", "2017-03-06", "1")
                .staffing("a30", "2017-03", "HR-1", "K", 1987, "1.0", "160")
                .sickDay("a30", "2017-03-06", "2017-03-06", "2")
                .staffing("a49", "2017-03", "HR-1", "M", 1968, "1.0", "160")
                .sickDay("a49", "2017-03-06", "2017-03-06", "4")
                .staffing("a50", "2017-03", "HR-1", "M", 1967, "1.0", "160")
                .sickDay("a50", "2017-03-06", "2017-03-06", "8")
                .staffing("none", "2017-03", "HR-1", "K", null, "1.0", "160")
                .sickDay("none", "2017-03-06", "2017-03-06", "16");
        colleagues(3, "young", "2017-03", "2017-03", "HR-1", "K", 1995, "1.0", "160");
        colleagues(3, "middle", "2017-03", "2017-03", "HR-1", "M", 1975, "1.0", "160");
        colleagues(3, "old", "2017-03", "2017-03", "HR-1", "K", 1955, "1.0", "160");

        recomputeWithLowLimit();
        // the formulas, before disclosure control (which withholds some of these small groups)
        IndicatorValues values = IndicatorValues.beforeDisclosureControl(warehouse.dsl());

        // 29 or younger: a29 + 3 = 4 employees, 1 h of 640.
        assertRow(values.all("HR_SICK_LEAVE_AGE_29_PCT", "MONTH", "2017-03"), 1.0 / 640 * 100, 1.0, 640.0);
        // 30-49: a30, a49 + 3 = 5 employees, 2 + 4 h of 800.
        assertRow(values.all("HR_SICK_LEAVE_AGE_30_49_PCT", "MONTH", "2017-03"), 6.0 / 800 * 100, 6.0, 800.0);
        // 50 or older: a50 + 3 = 4 employees, 8 h of 640.
        assertRow(values.all("HR_SICK_LEAVE_AGE_50_PCT", "MONTH", "2017-03"), 8.0 / 640 * 100, 8.0, 640.0);
        // Without birth year: left out of the age groups only. Total 31 h of 14 × 160.
        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-03"), 31.0 / 2240 * 100, 31.0, 2240.0);
        // Age indicators have gender T only.
        assertThat(values.genders("HR_SICK_LEAVE_AGE_50_PCT", "MONTH", "2017-03", "ALL", "ALL"))
                .containsExactly("T");
        assertThat(values.genders("HR_SICK_LEAVE_AGE_50_PCT", "MONTH", "2017-03", "UNIT", "HR-1"))
                .containsExactly("T");
    }

    @Test
    void ageGroupRowsExistOnlyWhereTheGroupHasStaff() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null).unit("HR-2", "HR", "OTHER", "2016-01-01", null);
        colleagues(4, "young", "2017-03", "2017-03", "HR-1", "K", 1995, "1.0", "160");
        colleagues(4, "old", "2017-03", "2017-03", "HR-2", "K", 1955, "1.0", "160");

        recomputeWithLowLimit();

        assertThat(values.orgCodes("HR_SICK_LEAVE_AGE_29_PCT", "MONTH", "2017-03", "UNIT", "T"))
                .containsExactly("HR-1");
        assertThat(values.orgCodes("HR_SICK_LEAVE_AGE_50_PCT", "MONTH", "2017-03", "UNIT", "T"))
                .containsExactly("HR-2");
        assertThat(values.orgCodes("HR_SICK_LEAVE_AGE_30_49_PCT", "MONTH", "2017-03", "AREA", "T"))
                .isEmpty();
        // The ALL row exists with no one in it (and so is suppressed).
        assertSuppressed(values.all("HR_SICK_LEAVE_AGE_30_49_PCT", "MONTH", "2017-03"));
        // Every HR_* indicator has its unit rows where there is staffing, the long-term share included.
        assertThat(values.orgCodes("HR_LONG_TERM_SICK_SHARE_PCT", "MONTH", "2017-03", "UNIT", "T"))
                .containsExactly("HR-1", "HR-2");
        assertRow(values.row("HR_LONG_TERM_SICK_SHARE_PCT", "MONTH", "2017-03", "UNIT", "HR-1", "T"), null, 0.0, 0.0);
    }

    @Test
    void sickDaysFollowTheStaffingRowOfTheirMonthAndDaysWithoutOneAreLeftOut() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null)
                .unit("HR-2", "ADMIN", "OTHER", "2016-01-01", null)
                .staffing("mover", "2017-01", "HR-1", "K", 1980, "1.0", "160")
                .staffing("mover", "2017-03", "HR-2", "K", 1980, "1.0", "160")
                // one spell 2017-01-01..2017-03-05 (64 days: long-term), no staffing row in February
                .sickDays("mover", "2017-01-01", "2017-03-05", "2017-01-01", "2");
        colleagues(3, "c1", "2017-01", "2017-03", "HR-1", "K", 1980, "1.0", "160");
        colleagues(3, "c2", "2017-01", "2017-03", "HR-2", "K", 1980, "1.0", "160");

        recomputeWithLowLimit();
        // the formulas, before disclosure control (which withholds some of these small groups)
        IndicatorValues values = IndicatorValues.beforeDisclosureControl(warehouse.dsl());

        // January in HR-1: 31 × 2 = 62 h; March in HR-2: 5 × 2 = 10 h; February's 28 days are left out.
        assertRow(
                values.row("HR_SICK_LEAVE_PCT", "MONTH", "2017-01", "UNIT", "HR-1", "T"),
                62.0 / 640 * 100,
                62.0,
                640.0);
        assertRow(
                values.row("HR_SICK_LEAVE_PCT", "MONTH", "2017-03", "UNIT", "HR-2", "T"),
                10.0 / 640 * 100,
                10.0,
                640.0);
        assertRow(
                values.row("HR_SICK_LEAVE_PCT", "MONTH", "2017-03", "AREA", "ADMIN", "T"),
                10.0 / 640 * 100,
                10.0,
                640.0);
        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-02"), 0.0, 0.0, 6 * 160.0);
        // The spell's length counts the left-out days too: 64 days, so every counted hour is long-term.
        assertRow(values.all("HR_LONG_TERM_SICK_SHARE_PCT", "YEAR", "2017"), 100.0, 72.0, 72.0);
        // Day 1-14 = 2017-01-01..14: 28 h.
        assertRow(values.all("HR_SICK_LEAVE_DAY1_14_PCT", "MONTH", "2017-01"), 28.0 / 1120 * 100, 28.0, 1120.0);
        assertThat(dataQuality("sick_leave_without_staffing")).containsExactly("28 WARN");
    }

    @Test
    void staffingOfAnUnknownUnitCountsInAllOnly() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null);
        colleagues(4, "known", "2017-03", "2017-03", "HR-1", "K", 1980, "1.0", "160");
        colleagues(4, "ghost", "2017-03", "2017-03", "GHOST", "K", 1980, "0.5", "80");

        recomputeWithLowLimit();

        assertRow(values.all("HR_FTE", "MONTH", "2017-03"), 6.0, 6.0, 1.0);
        assertRow(values.row("HR_FTE", "MONTH", "2017-03", "UNIT", "HR-1", "T"), 4.0, 4.0, 1.0);
        assertThat(values.orgCodes("HR_FTE", "MONTH", "2017-03", "UNIT", "T")).containsExactly("HR-1");
        assertThat(values.orgCodes("HR_FTE", "MONTH", "2017-03", "AREA", "T")).containsExactly("HR");
        assertThat(dataQuality("unknown_unit")).containsExactly("4 WARN");
    }

    @Test
    void workedExample6FirstRollingYearOfHrIndicators() {
        core.unit("HR-1", "HR", "OTHER", "2015-01-01", null);
        colleagues(4, "k", "2016-01", "2017-02", "HR-1", "K", 1980, "1.0", "160");

        recomputeWithLowLimit();

        assertThat(values.periods("HR_FTE", "R12")).containsExactly("2016-12", "2017-01", "2017-02");
        assertThat(values.periods("HR_SICK_LEAVE_AGE_30_49_PCT", "R12"))
                .containsExactly("2016-12", "2017-01", "2017-02");
        // 4 employees × 12 months × 1.0 / 12.
        assertRow(values.all("HR_FTE", "R12", "2017-02"), 4.0, 48.0, 12.0);
        assertRow(values.all("HR_SICK_LEAVE_PCT", "R12", "2017-02"), 0.0, 0.0, 48 * 160.0);
    }
}
