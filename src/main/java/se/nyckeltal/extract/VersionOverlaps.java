package se.nyckeltal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Units: a version whose validity overlaps an earlier accepted version of the same unit in the same
 * file is rejected. An empty valid_to means open-ended.
 *
 * <p>The versions are kept in memory (some 250 bytes each), so a file may hold at most
 * {@link #MAX_VERSIONS}: a register of units has hundreds. A file with more fails as a whole
 * ({@link ReadLimitExceeded}) instead of taking the JVM down.
 */
final class VersionOverlaps implements FileScopedCheck {

    private record Version(LocalDate from, LocalDate to, long lineNumber) {

        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return !from.isAfter(endOf(otherTo)) && !otherFrom.isAfter(endOf(to));
        }

        String describe() {
            return from + " to " + (to == null ? "open end" : to.toString());
        }
    }

    static final int MAX_VERSIONS = 100_000;

    private final int keyColumn;
    private int versions;
    private final int fromColumn;
    private final int toColumn;
    private final String blamedColumn;
    private final Map<Object, List<Version>> versionsByKey = new HashMap<>();

    VersionOverlaps(int keyColumn, int fromColumn, int toColumn, String blamedColumn) {
        this.keyColumn = keyColumn;
        this.fromColumn = fromColumn;
        this.toColumn = toColumn;
        this.blamedColumn = blamedColumn;
    }

    @Override
    public Rejection check(Object[] values) {
        LocalDate from = (LocalDate) values[fromColumn];
        LocalDate to = (LocalDate) values[toColumn];
        for (Version earlier : versionsByKey.getOrDefault(values[keyColumn], List.of())) {
            if (earlier.overlaps(from, to)) {
                Version version = new Version(from, to, 0);
                return new Rejection(
                        blamedColumn,
                        "version " + version.describe() + " overlaps the version " + earlier.describe() + " on line "
                                + earlier.lineNumber());
            }
        }
        return null;
    }

    @Override
    public void remember(Object[] values, long lineNumber) {
        if (++versions > MAX_VERSIONS) {
            throw new ReadLimitExceeded(
                    lineNumber,
                    String.format(
                            Locale.ROOT,
                            "the file holds more than %,d"
                                    + " versions, the most the loader checks for overlaps; a register of units has hundreds:"
                                    + " is this the right file?",
                            MAX_VERSIONS));
        }
        versionsByKey
                .computeIfAbsent(values[keyColumn], key -> new ArrayList<>())
                .add(new Version((LocalDate) values[fromColumn], (LocalDate) values[toColumn], lineNumber));
    }

    private static LocalDate endOf(LocalDate validTo) {
        return validTo == null ? LocalDate.MAX : validTo;
    }
}
