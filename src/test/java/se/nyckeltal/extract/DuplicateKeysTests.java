package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateKeysTests {

    /** Checks a record and, if it passes, remembers it, as the reader does. */
    private static Rejection admit(DuplicateKeys keys, long line, Object... values) {
        Rejection rejection = keys.check(values);
        if (rejection == null) {
            keys.remember(values, line);
        }
        return rejection;
    }

    @Test
    void manyDistinctKeysPassAndARepeatNamesTheFirstLine() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0}, List.of("contact_id"), 0);
        // 300 000 keys make the table grow from 1 024 slots many times over
        for (int i = 0; i < 300_000; i++) {
            assertThat(admit(keys, i + 2, "K" + i)).isNull();
        }

        assertThat(admit(keys, 400_000, "K0"))
                .isEqualTo(new Rejection(null, "duplicate key (contact_id): same as line 2"));
        assertThat(admit(keys, 400_001, "K299999").reason()).endsWith("same as line 300001");
        assertThat(admit(keys, 400_002, "K300000")).isNull();
        assertThat(admit(keys, 400_003, "k0")).isNull(); // opaque text: case matters
    }

    @Test
    void aTableSizedForTheFileHoldsTheSameKeysAsOneThatGrew() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0}, List.of("contact_id"), 300_000);
        for (int i = 0; i < 300_000; i++) {
            assertThat(admit(keys, i + 2, "K" + i)).isNull();
        }
        // more records than expected: it grows from there
        for (int i = 300_000; i < 700_000; i++) {
            assertThat(admit(keys, i + 2, "K" + i)).isNull();
        }

        assertThat(admit(keys, 800_000, "K0").reason()).endsWith("same as line 2");
        assertThat(admit(keys, 800_001, "K699999").reason()).endsWith("same as line 700001");
    }

    @Test
    void aRepeatBeyondLine4294967295IsStillRejected() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0}, List.of("contact_id"), 0);
        assertThat(admit(keys, 5_000_000_000L, "K1")).isNull();

        assertThat(admit(keys, 5_000_000_001L, "K1").reason()).endsWith("same as line 4294967295");
    }

    @Test
    void compositeKeysCompareEveryPartAndTheirBoundaries() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0, 1}, List.of("invoice_type", "invoice_id"), 0);

        assertThat(admit(keys, 2, "ab", "c")).isNull();
        assertThat(admit(keys, 3, "a", "bc")).isNull(); // same characters, other split
        assertThat(admit(keys, 4, "c", "ab")).isNull();
        assertThat(admit(keys, 5, "ab", "c")).isNotNull();
        assertThat(admit(keys, 6, "", "abc")).isNull();
        assertThat(admit(keys, 7, "abc", "")).isNull();
    }

    @Test
    void datesAndIntegersArePartsOfKeys() {
        DuplicateKeys byDate = new DuplicateKeys(new int[] {0, 1}, List.of("employee_ref", "date"), 0);
        assertThat(admit(byDate, 2, "p1", LocalDate.of(2017, 3, 1))).isNull();
        assertThat(admit(byDate, 3, "p1", LocalDate.of(2017, 3, 2))).isNull();
        assertThat(admit(byDate, 4, "p2", LocalDate.of(2017, 3, 1))).isNull();
        assertThat(admit(byDate, 5, "p1", LocalDate.of(2017, 3, 2)).reason()).endsWith("same as line 3");

        DuplicateKeys byYear = new DuplicateKeys(new int[] {0, 1}, List.of("indicator_code", "year"), 0);
        assertThat(admit(byYear, 2, "HR_FTE", 2017)).isNull();
        assertThat(admit(byYear, 3, "HR_FTE", 2018)).isNull();
        assertThat(admit(byYear, 4, "HR_FTE", 2017).reason()).endsWith("same as line 2");
    }

    @Test
    void aRejectedRecordIsNotRemembered() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0}, List.of("payslip_id"), 0);
        assertThat(keys.check(new Object[] {"P1"})).isNull(); // checked, but then rejected by another rule

        assertThat(admit(keys, 3, "P1")).isNull();
    }
}
