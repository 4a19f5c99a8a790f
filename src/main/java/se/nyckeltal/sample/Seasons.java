package se.nyckeltal.sample;

/** Monthly volume factors (index = month of year − 1); each averages exactly 1 over a year. */
final class Seasons {

    static final double[] INVOICES = {1.05, 1.00, 1.10, 1.00, 1.05, 1.00, 0.70, 0.90, 1.05, 1.05, 1.00, 1.10};
    /** Summer temporary staff and holiday pay raise June and July. */
    static final double[] PAYSLIPS = {1.00, 0.98, 1.00, 1.00, 1.02, 1.12, 1.10, 0.92, 0.96, 0.97, 0.97, 0.96};

    static final double[] CONTACTS = {1.15, 1.05, 1.05, 1.00, 0.95, 0.90, 0.75, 1.05, 1.05, 1.05, 1.00, 1.00};

    private Seasons() {}

    static double of(double[] factors, MonthCalendar month) {
        return factors[month.monthOfYear() - 1];
    }
}
