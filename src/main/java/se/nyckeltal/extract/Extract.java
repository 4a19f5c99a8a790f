package se.nyckeltal.extract;

import java.util.Optional;

/** The seven source extracts; the folder name is the extract type. */
public enum Extract {
    UNITS("units"),
    STAFFING("staffing"),
    INVOICES("invoices"),
    PAYSLIPS("payslips"),
    CONTACTS("contacts"),
    SICK_LEAVE("sick_leave"),
    TARGETS("targets");

    private final String folder;

    Extract(String folder) {
        this.folder = folder;
    }

    /** The input folder (and staging table) name. */
    public String folder() {
        return folder;
    }

    /** The extract of a folder, by its exact name. */
    public static Optional<Extract> forFolder(String folderName) {
        for (Extract extract : values()) {
            if (extract.folder.equals(folderName)) {
                return Optional.of(extract);
            }
        }
        return Optional.empty();
    }

    public ExtractDefinition definition() {
        return ExtractDefinitions.of(this);
    }
}
