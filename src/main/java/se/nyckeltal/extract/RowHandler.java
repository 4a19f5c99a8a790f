package se.nyckeltal.extract;

/** Receives every data record of one delivery, in file order. */
public interface RowHandler {

    /**
     * A record that passed every check.
     *
     * @param values typed per {@link ExtractDefinition#stagingColumns()}: String, LocalDate, LocalDateTime,
     *               Double, Integer, Boolean, or null for an empty optional field. The reader reuses the
     *               array after this call returns.
     */
    void valid(long lineNumber, Object[] values);

    /**
     * A record that broke a rule. {@code rawLine} never holds an employee_ref (masked) or a personal
     * identity number; {@code columnName} is the extract's column name, or null when no single column
     * is at fault.
     */
    void rejected(long lineNumber, String columnName, String reason, String rawLine);
}
