package se.nyckeltal.sample;

/**
 * One employee of the sample and their staffing per month of the period: fte and scheduled hours
 * are 0 outside the months employed. Kept as exact integers (fte in thousandths, hours in
 * hundredths) so that what is written is exactly what the sick-leave planner reasons about.
 */
final class Employee {

    private final String reference;
    private final char gender;
    private final int birthYear;
    private final int unit;
    private final int employmentRateTenths;
    private final int firstMonth;
    private final int lastMonth;
    private final int[] fteMilli;
    private final int[] scheduledCenti;

    Employee(
            String reference,
            char gender,
            int birthYear,
            int unit,
            int employmentRateTenths,
            int firstMonth,
            int lastMonth,
            int[] fteMilli,
            int[] scheduledCenti) {
        this.reference = reference;
        this.gender = gender;
        this.birthYear = birthYear;
        this.unit = unit;
        this.employmentRateTenths = employmentRateTenths;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.fteMilli = fteMilli;
        this.scheduledCenti = scheduledCenti;
    }

    String reference() {
        return reference;
    }

    char gender() {
        return gender;
    }

    int birthYear() {
        return birthYear;
    }

    int unit() {
        return unit;
    }

    /** Employment rate in tenths of a percent: 1000 = 100 %. */
    int employmentRateTenths() {
        return employmentRateTenths;
    }

    boolean employedIn(int month) {
        return month >= firstMonth && month <= lastMonth;
    }

    int firstMonth() {
        return firstMonth;
    }

    int lastMonth() {
        return lastMonth;
    }

    int fteMilli(int month) {
        return fteMilli[month];
    }

    int scheduledCenti(int month) {
        return scheduledCenti[month];
    }
}
