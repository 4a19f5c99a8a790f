package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SwedishNumberFormatTests {

    /** The no-break space used as thousands separator and before the percent sign. */
    private static final String NBSP = "\u00A0";

    @Test
    void countsAreWholeNumbersWithSpaceAsThousandsSeparator() {
        assertThat(SwedishNumberFormat.outcome(5423.0, "st")).isEqualTo("5" + NBSP + "423");
        assertThat(SwedishNumberFormat.outcome(1234567.0, "st")).isEqualTo("1" + NBSP + "234" + NBSP + "567");
        assertThat(SwedishNumberFormat.outcome(999.0, "st")).isEqualTo("999");
        assertThat(SwedishNumberFormat.outcome(0.0, "st")).isEqualTo("0");
        // 5 422.6 rounds to 5 423
        assertThat(SwedishNumberFormat.outcome(5422.6, "st")).isEqualTo("5" + NBSP + "423");
    }

    @Test
    void percentagesHaveOneDecimalAndDecimalComma() {
        assertThat(SwedishNumberFormat.outcome(6.7, "%")).isEqualTo("6,7" + NBSP + "%");
        assertThat(SwedishNumberFormat.outcome(50.0, "%")).isEqualTo("50,0" + NBSP + "%");
        // 200/3 = 66.666… → 66,7
        assertThat(SwedishNumberFormat.outcome(200.0 / 3, "%")).isEqualTo("66,7" + NBSP + "%");
        assertThat(SwedishNumberFormat.outcome(1234.56, "%")).isEqualTo("1" + NBSP + "234,6" + NBSP + "%");
    }

    @Test
    void roundsHalfAwayFromZeroOnTheDecimalTheWarehouseShows() {
        assertThat(SwedishNumberFormat.outcome(2.5, "st")).isEqualTo("3"); // half-even would give 2
        assertThat(SwedishNumberFormat.outcome(4.5, "st")).isEqualTo("5"); // half-even would give 4
        assertThat(SwedishNumberFormat.outcome(-2.5, "st")).isEqualTo("-3"); // away from zero, unlike Math.round
        assertThat(SwedishNumberFormat.outcome(6.65, "%")).isEqualTo("6,7" + NBSP + "%");
        // The double nearest 1.45 is 1.44999999999999995559…: rounding the binary value would give 1,4.
        // The warehouse's figure is 1.45 (Double.toString), and half away from zero makes it 1,5.
        assertThat(new BigDecimal(1.45)).isLessThan(new BigDecimal("1.45"));
        assertThat(SwedishNumberFormat.outcome(1.45, "%")).isEqualTo("1,5" + NBSP + "%");
        // Same for 0.15 (binary 0.14999999999999999444…) → 0,2
        assertThat(SwedishNumberFormat.outcome(0.15, "%")).isEqualTo("0,2" + NBSP + "%");
        // A small negative that rounds to zero shows no minus sign.
        assertThat(SwedishNumberFormat.outcome(-0.04, "%")).isEqualTo("0,0" + NBSP + "%");
    }

    @Test
    void aMissingOutcomeIsTwoDots() {
        assertThat(SwedishNumberFormat.outcome(null, "%")).isEqualTo("..");
        assertThat(SwedishNumberFormat.outcome(null, "st")).isEqualTo("..");
        assertThat(SwedishNumberFormat.outcome(Double.NaN, "st")).isEqualTo("..");
    }

    @Test
    void targetsKeepTheirOwnDecimalsAndAtLeastTheUnits() {
        assertThat(SwedishNumberFormat.target(95.0, "%")).isEqualTo("95,0" + NBSP + "%");
        assertThat(SwedishNumberFormat.target(97.25, "%")).isEqualTo("97,25" + NBSP + "%");
        assertThat(SwedishNumberFormat.target(2.5, "st")).isEqualTo("2,5");
        assertThat(SwedishNumberFormat.target(1200.0, "st")).isEqualTo("1" + NBSP + "200");
        assertThat(SwedishNumberFormat.target(null, "st")).isEmpty();
    }

    @Test
    void groupsDigitsOfAnyScale() {
        assertThat(SwedishNumberFormat.group(new BigDecimal("1234567.89")))
                .isEqualTo("1" + NBSP + "234" + NBSP + "567,89");
        assertThat(SwedishNumberFormat.group(new BigDecimal("-12345"))).isEqualTo("-12" + NBSP + "345");
        assertThat(SwedishNumberFormat.group(new BigDecimal("123"))).isEqualTo("123");
        assertThat(SwedishNumberFormat.group(new BigDecimal("0.5"))).isEqualTo("0,5");
    }
}
