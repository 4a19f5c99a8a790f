package se.nyckeltal.extract;

/**
 * One column of an extract.
 *
 * @param name        the column name in the delivered file (lower-case)
 * @param stagingName the column of {@code staging.<folder>} it goes to
 * @param personal    an employee_ref: pseudonymized, never echoed, masked in rejected lines
 */
record ColumnSpec(String name, String stagingName, FieldType type, boolean required, boolean personal) {}
