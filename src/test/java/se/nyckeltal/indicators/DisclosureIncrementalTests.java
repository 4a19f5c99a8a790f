package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A nightly load recomputes the months it touched; the disclosure pattern must still be the
 * one a full recomputation gives, because a new month changes what its year and rolling years
 * give away about earlier months.
 */
class DisclosureIncrementalTests extends IndicatorTestSupport {

    @Test
    void loadingMonthByMonthGivesThePatternOfAFullRecomputation() {
        GeneratedOrganisation organisation = new GeneratedOrganisation(core, new Random(7));
        organisation.writeUnits();
        for (int m = 0; m < GeneratedOrganisation.MONTHS; m++) {
            YearMonth month = GeneratedOrganisation.FIRST.plusMonths(m);
            organisation.writeMonth(month);
            // as the load does: the periods overlapping the month it touched
            recompute(10, month, month);
        }
        warehouse.dsl().execute("CREATE TABLE month_by_month AS SELECT * FROM report.indicator_values");

        recomputeAll();

        assertThat(count("SELECT * FROM month_by_month EXCEPT ALL SELECT * FROM report.indicator_values"))
                .isZero();
        assertThat(count("SELECT * FROM report.indicator_values EXCEPT ALL SELECT * FROM month_by_month"))
                .isZero();
        // not a vacuous comparison: the pattern has both kinds, over more than one year
        assertThat(count("SELECT * FROM month_by_month WHERE suppression = 'COMPLEMENTARY'"))
                .isPositive();
        assertThat(count("SELECT * FROM month_by_month WHERE suppression = 'PRIMARY' AND period_type = 'R12'"))
                .isPositive();
        assertThat(dataQuality("disclosure_rule_holds")).last().isEqualTo("0 PASS");
    }

    private long count(String query) {
        return ((Number) warehouse.dsl().fetchValue("SELECT count(*) FROM (" + query + ")")).longValue();
    }
}
