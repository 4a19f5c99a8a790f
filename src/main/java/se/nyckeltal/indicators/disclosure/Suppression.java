package se.nyckeltal.indicators.disclosure;

/** Why a cell is withheld: the value of {@code report.indicator_values.suppression}. */
public enum Suppression {
    /** The cell's population is at most the limit. */
    PRIMARY,
    /** Withheld so that a withheld cell cannot be worked out from the shown ones. */
    COMPLEMENTARY
}
