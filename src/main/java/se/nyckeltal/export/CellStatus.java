package se.nyckeltal.export;

/**
 * Why an exported cell has no number, in the {@code status} field of the Kolada and JSON-stat
 * exports. A shown value has {@link #SHOWN}: no status (Kolada's empty string).
 */
public enum CellStatus {
    SHOWN(""),
    SUPPRESSED_PRIMARY("Withheld: the group has at most the disclosure limit of employees (10 by default)."),
    SUPPRESSED_COMPLEMENTARY(
            "Withheld so that no other withheld value can be worked out from the shown ones by adding or subtracting."),
    /** Withheld, the reason not recorded (a warehouse from before the reasons were kept). */
    SUPPRESSED("Withheld under disclosure control."),
    NO_DENOMINATOR("No value: the denominator is 0 (nothing to divide by in this period and group).");

    private final String description;

    CellStatus(String description) {
        this.description = description;
    }

    /** The text written into the files: empty for a shown value, else the constant's name. */
    public String code() {
        return this == SHOWN ? "" : name();
    }

    public String description() {
        return description;
    }
}
