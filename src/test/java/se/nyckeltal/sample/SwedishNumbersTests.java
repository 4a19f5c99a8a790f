package se.nyckeltal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwedishNumbersTests {

    @Test
    void decimalsUseACommaAndDropTrailingZeros() {
        assertThat(SwedishNumbers.trimmed(950, 3)).isEqualTo("0,95"); // 950 / 1000
        assertThat(SwedishNumbers.trimmed(1000, 3)).isEqualTo("1"); // 1000 / 1000
        assertThat(SwedishNumbers.trimmed(16_722, 2)).isEqualTo("167,22"); // 16722 / 100
        assertThat(SwedishNumbers.trimmed(5, 2)).isEqualTo("0,05");
        assertThat(SwedishNumbers.trimmed(-65, 1)).isEqualTo("-6,5");
    }

    @Test
    void amountsKeepTwoDecimalsAndMayGroupThousandsWithASpace() {
        StringBuilder out = new StringBuilder();
        SwedishNumbers.appendAmount(out, 1_234_550, true); // 12 345,50 kr
        out.append('|');
        SwedishNumbers.appendAmount(out, 1_234_550, false);
        out.append('|');
        SwedishNumbers.appendAmount(out, 100_000_007, true); // 1 000 000,07 kr
        out.append('|');
        SwedishNumbers.appendAmount(out, -99_900, true); // −999,00 kr: below a thousand, no group
        assertThat(out).hasToString("12 345,50|12345,50|1 000 000,07|-999,00");
    }
}
