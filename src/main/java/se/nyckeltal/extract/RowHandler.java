package se.nyckeltal.extract;

/** STUB until the extract branch lands. */
public interface RowHandler {
    void valid(long lineNumber, Object[] values);

    void rejected(long lineNumber, String columnName, String reason, String rawLine);
}
