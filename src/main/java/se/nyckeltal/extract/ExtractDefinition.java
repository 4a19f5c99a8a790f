package se.nyckeltal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table that defines one extract: its columns (name, type, required), natural key and the rules
 * across columns. One generic reader works from it for every extract. Immutable and shared.
 */
public final class ExtractDefinition {

    /** Units: which columns make a version and its validity (null for other extracts). */
    private record Versioning(int keyColumn, int fromColumn, int toColumn) {}

    private final List<ColumnSpec> columns;
    private final List<StagingColumn> stagingColumns;
    private final Map<String, Integer> indexByName;
    private final List<String> naturalKey;
    private final int[] naturalKeyColumns;
    private final List<RowRule.Check> rowChecks;
    private final Versioning versioning;

    private ExtractDefinition(Builder builder) {
        this.columns = List.copyOf(builder.columns);
        this.stagingColumns = columns.stream()
                .map(column ->
                        new StagingColumn(column.stagingName(), column.type().valueType()))
                .toList();
        this.indexByName = Map.copyOf(builder.indexByName);
        this.naturalKey = List.copyOf(builder.naturalKey);
        this.naturalKeyColumns = naturalKey.stream().mapToInt(this::indexOf).toArray();
        this.rowChecks =
                builder.rules.stream().map(rule -> rule.bind(this::indexOf)).toList();
        this.versioning = builder.versionColumns == null
                ? null
                : new Versioning(
                        indexOf(builder.versionColumns[0]),
                        indexOf(builder.versionColumns[1]),
                        indexOf(builder.versionColumns[2]));
    }

    /** The typed values handed to {@link RowHandler#valid}, in order: staging.&lt;folder&gt; after file_id, line_number. */
    public List<StagingColumn> stagingColumns() {
        return stagingColumns;
    }

    /** The column names of the delivered file (lower-case), in staging order. */
    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    /** The columns a file's header must have. */
    public List<String> requiredColumnNames() {
        return columns.stream()
                .filter(ColumnSpec::required)
                .map(ColumnSpec::name)
                .toList();
    }

    /** The natural key as staging column names (e.g. employee_pseudonym, month). */
    public List<String> naturalKey() {
        return naturalKey.stream()
                .map(name -> columns.get(indexOf(name)).stagingName())
                .toList();
    }

    List<ColumnSpec> columns() {
        return columns;
    }

    List<RowRule.Check> rowChecks() {
        return rowChecks;
    }

    /** The column with this file name (any case), or -1. */
    int indexOfHeader(String lowerCaseName) {
        Integer index = indexByName.get(lowerCaseName);
        return index == null ? -1 : index;
    }

    /** Fresh state for the rules that compare records within one file. */
    List<FileScopedCheck> newFileScopedChecks(long expectedRecords) {
        List<FileScopedCheck> checks = new ArrayList<>(2);
        checks.add(new DuplicateKeys(naturalKeyColumns, naturalKey, expectedRecords));
        if (versioning != null) {
            checks.add(new VersionOverlaps(
                    versioning.keyColumn(),
                    versioning.fromColumn(),
                    versioning.toColumn(),
                    columns.get(versioning.fromColumn()).name()));
        }
        return checks;
    }

    private int indexOf(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("No column " + name);
        }
        return index;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Columns are declared in staging-table order. */
    static final class Builder {

        private final List<ColumnSpec> columns = new ArrayList<>();
        private final Map<String, Integer> indexByName = new HashMap<>();
        private final List<String> naturalKey = new ArrayList<>();
        private final List<RowRule> rules = new ArrayList<>();
        private String[] versionColumns;

        private Builder() {}

        Builder required(String name, FieldType type) {
            return add(new ColumnSpec(name, name, type, true, false));
        }

        Builder optional(String name, FieldType type) {
            return add(new ColumnSpec(name, name, type, false, false));
        }

        /** A required employee_ref that is stored as its pseudonym under {@code stagingName}. */
        Builder personalReference(String name, String stagingName) {
            return add(new ColumnSpec(name, stagingName, FieldType.text(), true, true));
        }

        Builder naturalKey(String... names) {
            naturalKey.addAll(List.of(names));
            return this;
        }

        Builder rule(RowRule rule) {
            rules.add(rule);
            return this;
        }

        /** Versions of the same {@code key} in one file may not overlap in [from, to]. */
        Builder noOverlappingVersions(String key, String from, String to) {
            versionColumns = new String[] {key, from, to};
            return this;
        }

        ExtractDefinition build() {
            return new ExtractDefinition(this);
        }

        private Builder add(ColumnSpec column) {
            String name = column.name().toLowerCase(Locale.ROOT);
            if (indexByName.putIfAbsent(name, columns.size()) != null) {
                throw new IllegalArgumentException("Column declared twice: " + name);
            }
            columns.add(column);
            return this;
        }
    }
}
