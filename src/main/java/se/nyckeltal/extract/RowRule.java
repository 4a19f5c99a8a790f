package se.nyckeltal.extract;

import java.util.function.ToIntFunction;

/**
 * A rule across the columns of one record (e.g. valid_to not before valid_from). Declared with column
 * names; {@link #bind} resolves them to positions once, so the check itself does no look-ups.
 */
@FunctionalInterface
interface RowRule {

    Check bind(ToIntFunction<String> columnIndex);

    /** Checks the typed values of a record whose fields all parsed; null when the record passes. */
    @FunctionalInterface
    interface Check {
        Rejection check(Object[] values);
    }
}
