package se.nyckeltal.extract;

/** One column of {@code staging.<folder>} after {@code file_id, line_number}, in table order. */
public record StagingColumn(String name, ValueType type) {}
