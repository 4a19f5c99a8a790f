package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvCellTests {

    @Test
    void numbersAreUnroundedPlainDecimalsWithPoint() {
        assertThat(CsvCell.number(200.0 / 3)).isEqualTo("66.66666666666667");
        assertThat(CsvCell.number(5423.0)).isEqualTo("5423");
        assertThat(CsvCell.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(CsvCell.number(1e-7)).isEqualTo("0.0000001"); // Double.toString says 1.0E-7
        assertThat(CsvCell.number(1.5e10)).isEqualTo("15000000000"); // Double.toString says 1.5E10
        assertThat(CsvCell.number(-2.5)).isEqualTo("-2.5");
        assertThat(CsvCell.number(0.0)).isEqualTo("0");
        assertThat(CsvCell.number((Double) null)).isEmpty();
    }

    @Test
    void numbersReadBackAsTheSameDouble() {
        Random random = new Random(20170301);
        for (int i = 0; i < 100_000; i++) {
            double d = switch (i % 3) {
                case 0 -> random.nextDouble() * 100;
                case 1 -> random.nextLong() / 1e6;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            if (!Double.isFinite(d)) {
                continue;
            }
            String text = CsvCell.number(d);
            assertThat(text).doesNotContain("E").doesNotContain(",");
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(d);
        }
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(CsvCell.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCell.text("+46")).isEqualTo("'+46");
        assertThat(CsvCell.text("-A")).isEqualTo("'-A");
        assertThat(CsvCell.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.text("EKO-A")).isEqualTo("EKO-A");
        assertThat(CsvCell.text("")).isEmpty();
        assertThat(CsvCell.text(null)).isEmpty();
    }
}
