package se.nyckeltal.extract;

import java.util.Optional;

/** The seven source extracts; the folder name is the extract type. */
public enum Extract {
    UNITS("units", false),
    STAFFING("staffing", true),
    INVOICES("invoices", false),
    PAYSLIPS("payslips", false),
    CONTACTS("contacts", false),
    SICK_LEAVE("sick_leave", true),
    TARGETS("targets", false);

    private final String folder;
    private final boolean hr;

    Extract(String folder, boolean hr) {
        this.folder = folder;
        this.hr = hr;
    }

    /** The input folder (and staging table) name. */
    public String folder() {
        return folder;
    }

    /** HR extracts carry employee_ref: masked in rejected rows. */
    public boolean isHr() {
        return hr;
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
