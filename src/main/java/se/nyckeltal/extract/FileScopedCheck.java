package se.nyckeltal.extract;

/**
 * A rule that compares a record with the records accepted earlier in the same file. One instance per
 * file; {@link #remember} is called only for records that passed every check.
 */
interface FileScopedCheck {

    Rejection check(Object[] values);

    void remember(Object[] values, long lineNumber);
}
