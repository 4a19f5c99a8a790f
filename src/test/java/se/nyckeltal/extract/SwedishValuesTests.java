package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishValuesTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5423.5|5423.5",
                "5423,5|5423.5",
                "5 423,5|5423.5",
                "5\u00A0423,5|5423.5", // no-break space as thousands separator
                "5\u202F423,5|5423.5", // narrow no-break space
                "1 234 567,89|1234567.89",
                "1\u00A0234\u00A0567.89|1234567.89",
                "-12,25|-12.25",
                "+7|7",
                "0|0",
                "-0|0",
                "0,1|0.1",
                ",5|0.5",
                "3.|3",
                "007,50|7.5",
                "1.5|1.5",
                "123456789012345678901|123456789012345678901", // more digits than a double holds: JDK rounding
                "0.1234567890123456789|0.1234567890123456789",
            })
    void decimalsAcceptSwedishAndInternationalSpelling(String text, double expected) {
        assertThat(SwedishValues.parseDecimal(text)).isEqualTo(expected);
    }

    @Test
    void decimalsAreRoundedExactlyLikeTheJdk() {
        // the fast path divides an exact mantissa by an exact power of ten; compare with Double.parseDouble
        for (String text : new String[] {"0.3", "2.675", "1234567.891", "0.000001", "9007199254740.991", "99.99"}) {
            assertThat(SwedishValues.parseDecimal(text)).as(text).isEqualTo(Double.parseDouble(text));
            assertThat(SwedishValues.parseDecimal(text.replace('.', ',')))
                    .as(text)
                    .isEqualTo(Double.parseDouble(text));
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is rejected")
    @ValueSource(
            strings = {
                "",
                "-",
                "+",
                ",",
                ".",
                "abc",
                "12a",
                "NaN",
                "nan",
                "Infinity",
                "-Infinity",
                "1e5",
                "1E5",
                "1,234.5", // two decimal separators
                "1.234,5",
                "1,2,3",
                " 5", // a space is a thousands separator only between digits
                "5 ",
                "1  234",
                "- 5",
                "1 234,5 6", // not in the decimals
                "12\u2009345", // thin space is no thousands separator
                "0x10",
                "5%",
                "5 kr",
            })
    void decimalGarbageIsRejected(String text) {
        assertThat(SwedishValues.parseDecimal(text)).isNaN();
    }

    @Test
    void decimalOverflowIsRejected() {
        // 1 followed by 400 zeros is beyond Double.MAX_VALUE (about 1.8e308)
        assertThat(SwedishValues.parseDecimal("1" + "0".repeat(400))).isNaN();
        assertThat(SwedishValues.parseDecimal("1" + "0".repeat(300))).isEqualTo(1e300);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource({
        "1987, 1987",
        "0, 0",
        "-5, -5",
        "+42, 42",
        "007, 7",
        "2147483647, 2147483647",
        "-2147483648, -2147483648",
    })
    void integersArePlainDigitsWithOptionalSign(String text, long expected) {
        assertThat(SwedishValues.parseInteger(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is rejected")
    @ValueSource(
            strings = {
                "",
                "-",
                "+",
                "2147483648",
                "-2147483649",
                "99999999999999999999",
                "12.0",
                "12,0",
                "1 200",
                "1e3",
                "abc",
                "0x1F",
                "١٢"
            })
    void integerGarbageAndOverflowAreRejected(String text) {
        assertThat(SwedishValues.parseInteger(text)).isEqualTo(SwedishValues.NOT_AN_INTEGER);
    }

    @Test
    void datesAreStrictIso() {
        assertThat(SwedishValues.parseDate("2017-03-01")).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(SwedishValues.parseDate("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29)); // leap year
        assertThat(SwedishValues.parseDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29)); // 400 rule
        assertThat(SwedishValues.parseDate("2017-12-31")).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is rejected")
    @ValueSource(
            strings = {
                "2017-02-29",
                "1900-02-29",
                "2017-04-31",
                "2017-13-01",
                "2017-00-10",
                "2017-01-00",
                "2017-1-01",
                "2017-01-1",
                "17-01-01",
                "2017/01/01",
                "20170101",
                "01-03-2017",
                "2017-03-01T00:00:00",
                "2017-03-01 ",
                "2017-0a-01"
            })
    void impossibleOrOtherDateSpellingsAreRejected(String text) {
        assertThat(SwedishValues.parseDate(text)).isNull();
    }

    @Test
    void monthsAreTheirFirstDay() {
        assertThat(SwedishValues.parseMonth("2017-03")).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(SwedishValues.parseMonth("2017-12")).isEqualTo(LocalDate.of(2017, 12, 1));
        for (String bad : new String[] {"2017-13", "2017-00", "2017-3", "201703", "2017-03-01", "2017/03", "17-03"}) {
            assertThat(SwedishValues.parseMonth(bad)).as(bad).isNull();
        }
    }

    @Test
    void timestampsTakeASpaceOrTBetweenDateAndTime() {
        LocalDateTime expected = LocalDateTime.of(2017, 3, 1, 8, 5, 9);
        assertThat(SwedishValues.parseTimestamp("2017-03-01 08:05:09")).isEqualTo(expected);
        assertThat(SwedishValues.parseTimestamp("2017-03-01T08:05:09")).isEqualTo(expected);
        assertThat(SwedishValues.parseTimestamp("2017-12-31 23:59:59"))
                .isEqualTo(LocalDateTime.of(2017, 12, 31, 23, 59, 59));
        for (String bad : new String[] {
            "2017-03-01 24:00:00",
            "2017-03-01 12:60:00",
            "2017-03-01 12:00:60",
            "2017-02-29 12:00:00",
            "2017-03-01 8:05:09",
            "2017-03-01 08:05",
            "2017-03-01",
            "2017-03-01t08:05:09",
            "2017-03-01 08:05:09.123",
            "2017-03-01_08:05:09",
            "2017-03-01 08-05-09"
        }) {
            assertThat(SwedishValues.parseTimestamp(bad)).as(bad).isNull();
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is true")
    @ValueSource(strings = {"J", "j", "Ja", "JA", "ja", "jA", "Y", "y", "true", "TRUE", "True", "1"})
    void trueSpellings(String text) {
        assertThat(SwedishValues.parseBoolean(text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is false")
    @ValueSource(strings = {"N", "n", "Nej", "NEJ", "nej", "false", "FALSE", "False", "0"})
    void falseSpellings(String text) {
        assertThat(SwedishValues.parseBoolean(text)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a boolean")
    @ValueSource(strings = {"", "yes", "no", "X", "2", "-1", "jaa", "t", "f", "Nejj", "ok"})
    void otherBooleanSpellingsAreRejected(String text) {
        assertThat(SwedishValues.parseBoolean(text)).isNull();
    }

    @Test
    void trimRemovesSpacesAndTabsOnly() {
        assertThat(SwedishValues.trim(" \t abc \t")).isEqualTo("abc");
        assertThat(SwedishValues.trim("a b")).isEqualTo("a b");
        assertThat(SwedishValues.trim("\u00A0abc\u00A0")).isEqualTo("\u00A0abc\u00A0");
        assertThat(SwedishValues.trim(" \t ")).isEmpty();
        String untouched = "abc";
        assertThat(SwedishValues.trim(untouched)).isSameAs(untouched);
    }
}
