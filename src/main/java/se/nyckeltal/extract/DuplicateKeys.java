package se.nyckeltal.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The same natural key twice in one file: the later record is rejected. Keys hold typed values (pseudonyms, not raw refs). */
final class DuplicateKeys implements FileScopedCheck {

    /** A key of two values (every natural key of the contract has one or two columns). */
    private record Pair(Object first, Object second) {
    }

    private final int[] keyColumns;
    private final String keyDescription;
    private final Map<Object, Long> firstLineByKey = new HashMap<>();

    DuplicateKeys(int[] keyColumns, List<String> keyColumnNames) {
        if (keyColumns.length < 1 || keyColumns.length > 2) {
            throw new IllegalArgumentException("natural keys have one or two columns");
        }
        this.keyColumns = keyColumns.clone();
        this.keyDescription = String.join(", ", keyColumnNames);
    }

    @Override
    public Rejection check(Object[] values) {
        Long firstLine = firstLineByKey.get(key(values));
        return firstLine == null ? null
                : new Rejection(null, "duplicate key (" + keyDescription + "): same as line " + firstLine);
    }

    @Override
    public void remember(Object[] values, long lineNumber) {
        firstLineByKey.put(key(values), lineNumber);
    }

    private Object key(Object[] values) {
        return keyColumns.length == 1 ? values[keyColumns[0]] : new Pair(values[keyColumns[0]], values[keyColumns[1]]);
    }
}
