package se.nyckeltal.extract;

import java.util.Optional;

/** STUB until the extract branch lands. */
public enum Extract {
    UNITS, STAFFING, INVOICES, PAYSLIPS, CONTACTS, SICK_LEAVE, TARGETS;

    public String folder() {
        return name().toLowerCase();
    }

    public boolean isHr() {
        return this == STAFFING || this == SICK_LEAVE;
    }

    public static Optional<Extract> forFolder(String folderName) {
        for (Extract e : values()) {
            if (e.folder().equals(folderName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
