package se.nyckeltal.sample;

import java.io.IOException;

/** {@code staffing/yyyy-MM.csv}: one row per employee employed that month. */
final class StaffingExtract {

    private StaffingExtract() {}

    static void writeMonth(MonthCalendar month, Organisation organisation, Workforce workforce, WrittenFiles files)
            throws IOException {
        int m = month.index();
        files.write(SampleExtract.STAFFING, month.monthText() + ".csv", out -> {
            for (Employee employee : workforce.employees()) {
                if (!employee.employedIn(m)) {
                    continue;
                }
                out.text(employee.reference())
                        .text(month.monthText())
                        .text(organisation.unit(employee.unit()).code())
                        .text(String.valueOf(employee.gender()))
                        .integer(employee.birthYear())
                        .decimal(employee.employmentRateTenths(), 1)
                        .decimal(employee.fteMilli(m), 3)
                        .decimal(employee.scheduledCenti(m), 2)
                        .endRow();
            }
        });
    }
}
