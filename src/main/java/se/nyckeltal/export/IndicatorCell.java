package se.nyckeltal.export;

/**
 * One row of {@code report.indicator_values} as the open-data exports see it. The stored value
 * is private: the exports read {@link #publishedValue()}, which is null for every suppressed row
 * whatever the value column holds, so that a withheld figure can never leave as a number.
 */
record IndicatorCell(
        String indicatorCode,
        String periodType,
        String period,
        String orgLevel,
        String orgCode,
        String gender,
        Double storedValue,
        boolean suppressed,
        String suppression) {

    /** The number to publish, or null (suppressed, or no denominator). */
    Double publishedValue() {
        return suppressed ? null : storedValue;
    }

    CellStatus status() {
        if (suppressed) {
            if ("PRIMARY".equals(suppression)) {
                return CellStatus.SUPPRESSED_PRIMARY;
            }
            if ("COMPLEMENTARY".equals(suppression)) {
                return CellStatus.SUPPRESSED_COMPLEMENTARY;
            }
            return CellStatus.SUPPRESSED;
        }
        return storedValue == null ? CellStatus.NO_DENOMINATOR : CellStatus.SHOWN;
    }
}
