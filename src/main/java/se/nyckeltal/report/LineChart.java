package se.nyckeltal.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What one chart of the annual report shows: values per month (January to December) as lines, and
 * targets as horizontal lines. A month without a value (none computed, suppressed, or a zero
 * denominator) is {@code null} and drawn as a gap, never as zero.
 *
 * @param id      unique within the page: the SVG's id and the prefix of its internal ids
 * @param unit    {@code %} or {@code st}, for the value axis
 * @param series  the lines, drawn in this order (the last on top)
 * @param targets the horizontal target lines
 */
record LineChart(String id, String unit, List<Series> series, List<TargetLine> targets) {

    static final int MONTHS = 12;

    LineChart {
        Objects.requireNonNull(id);
        series = List.copyOf(series);
        targets = List.copyOf(targets);
    }

    /** @param monthlyValues twelve entries, January first; null where there is no value */
    record Series(String label, List<Double> monthlyValues, ChartStyle style) {
        Series {
            if (monthlyValues.size() != MONTHS) {
                throw new IllegalArgumentException("a series has " + MONTHS + " months, not " + monthlyValues.size());
            }
            // Not List.copyOf: the nulls are the gaps.
            monthlyValues = Collections.unmodifiableList(new ArrayList<>(monthlyValues));
        }

        boolean hasValues() {
            return monthlyValues.stream().anyMatch(Objects::nonNull);
        }
    }

    record TargetLine(String label, double value, ChartStyle style) {}
}
