package se.nyckeltal.extract;

/** The Java type a staging value is handed over as (see {@link RowHandler#valid}). */
public enum ValueType {
    /** {@link String} */
    TEXT,
    /** {@link java.time.LocalDate} */
    DATE,
    /** {@link java.time.LocalDateTime}, local time as delivered */
    TIMESTAMP,
    /** {@link Double} */
    DOUBLE,
    /** {@link Integer} */
    INTEGER,
    /** {@link Boolean} */
    BOOLEAN
}
