package se.nyckeltal.sample;

/**
 * The administration's 2017 annual-report figures that the sample imitates at any scale, and
 * the shares the report leaves to us (chosen within the brief's ranges).
 */
final class ReportFigures {

    static final double CUSTOMER_INVOICES_PER_FTE_MONTH = 5423;
    static final double SUPPLIER_INVOICES_PER_FTE_MONTH = 3566;
    static final double PAYSLIPS_PER_FTE_MONTH = 1031;

    static final double PHONE_ANSWERED_WITHIN_60S = 0.66;
    static final double PHONE_ANSWERED = 0.89;
    static final double CHAT_ANSWERED = 0.93;
    static final double FIRST_CONTACT_RESOLUTION = 0.87;
    static final double PHONE_SHARE = 0.60;
    static final double EMAIL_SHARE = 0.28;

    static final double CUSTOMER_INVOICES_ELECTRONIC = 0.86;
    static final double SUPPLIER_INVOICES_ELECTRONIC = 0.91;
    static final double PAYSLIPS_ELECTRONIC = 0.84;

    /** Sick hours / scheduled hours by gender; with ~84 % women this gives ≈ 6.7 % in total. */
    static final double SICK_LEAVE_WOMEN = 0.075;

    static final double SICK_LEAVE_MEN = 0.019;
    static final double SICK_LEAVE_OTHER = 0.06;

    private ReportFigures() {}
}
