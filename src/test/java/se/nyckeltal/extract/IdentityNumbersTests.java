package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one detector of personal identity numbers (see {@link IdentityNumbers} for the trade-off). */
class IdentityNumbersTests {

    /** 1912-12-12, serial 121, check digit 2 (valid), in every spelling the loader must catch. */
    static final List<String> SPELLINGS = List.of(
            "191212121212",
            "19121212-1212",
            "19121212+1212",
            "19121212 1212",
            "19121212\u20131212",
            "1212121212",
            "121212-1212",
            "121212+1212",
            "121212 1212",
            "121212\u20131212",
            "1912-12-12-1212",
            "1912-12-12 1212",
            "12-12-12-1212",
            "121212\u00A01212");

    @Test
    void everySpellingIsFoundAloneAndInsideText() {
        for (String number : SPELLINGS) {
            assertThat(IdentityNumbers.holdsOne(number)).as(number).isTrue();
            assertThat(IdentityNumbers.holdsOne("ORG-" + number)).as(number).isTrue();
            assertThat(IdentityNumbers.mask(number)).as(number).isEqualTo("***");
            assertThat(IdentityNumbers.mask("intyg " + number + ".csv"))
                    .as(number)
                    .isEqualTo("intyg ***.csv");
            assertThat(IdentityNumbers.maskInName("intyg-" + number + ".csv"))
                    .as(number)
                    .isEqualTo("intyg-***.csv");
        }
    }

    @Test
    void coordinationNumbersHaveTheDayPlusSixty() {
        // Skatteverket's example samordningsnummer 701063-2391 (born the 3rd: day 63)
        assertThat(IdentityNumbers.holdsOne("701063-2391")).isTrue();
        assertThat(IdentityNumbers.holdsOne("7010632391")).isTrue();
        assertThat(IdentityNumbers.holdsOne("197010632391")).isTrue();
        // day 92 and day 32 are no day of either kind
        assertThat(IdentityNumbers.mask("701092-2391 701032-2391")).isEqualTo("701092-2391 701032-2391");
    }

    @Test
    void withoutSeparatorTheCheckDigitMustHoldInValuesButNotInFreeText() {
        // 121212-1213: the check digit should be 2
        assertThat(IdentityNumbers.holdsOne("1212121213")).isFalse();
        assertThat(IdentityNumbers.holdsOne("1912-12-12-1213")).isFalse();
        assertThat(IdentityNumbers.maskInName("staffing/1212121213.csv")).isEqualTo("staffing/1212121213.csv");
        assertThat(IdentityNumbers.mask("ref 1212121213")).isEqualTo("ref ***");
        // with a separator the shape is enough
        assertThat(IdentityNumbers.holdsOne("121212-1213")).isTrue();
        // a mobile number with a date-like start and a wrong check digit stays in a value
        assertThat(IdentityNumbers.holdsOne("0701234567")).isFalse();
    }

    @Test
    void ordinaryNumbersAreNoIdentityNumbers() {
        for (String ordinary : List.of(
                "1000001",
                "L201601-000001",
                "KC201601-000001",
                "5000000001",
                "123456789",
                "12345678901",
                "1234567890123",
                "1 234 567,89",
                "2017-03-01",
                "2017-03-01 12:00:00",
                "2017-03",
                "121312-1212",
                "121200-1212",
                "121212-12120",
                "0121212-1212",
                "991212121212",
                "2112-12-12-1212",
                "F-1",
                "")) {
            assertThat(IdentityNumbers.holdsOne(ordinary)).as(ordinary).isFalse();
            assertThat(IdentityNumbers.mask(ordinary)).as(ordinary).isEqualTo(ordinary);
        }
    }

    @Test
    void everyNumberInATextIsMasked() {
        assertThat(IdentityNumbers.mask("a 19121212-1212 b 701063-2391 c 2017-03-01;8"))
                .isEqualTo("a *** b *** c 2017-03-01;8");
        assertThat(IdentityNumbers.mask(null)).isNull();
    }
}
