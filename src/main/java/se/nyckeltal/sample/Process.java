package se.nyckeltal.sample;

/** The process codes of the units extract, as written. */
final class Process {

    static final String CUSTOMER_INVOICING = "CUSTOMER_INVOICING";
    static final String SUPPLIER_INVOICING = "SUPPLIER_INVOICING";
    static final String PAYROLL = "PAYROLL";
    static final String CONTACT_CENTER = "CONTACT_CENTER";
    static final String OTHER = "OTHER";

    private Process() {}
}
