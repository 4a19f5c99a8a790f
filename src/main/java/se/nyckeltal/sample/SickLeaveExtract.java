package se.nyckeltal.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** {@code sick_leave/yyyy-MM.csv}: the planned sick days of the month (a header only if none). */
final class SickLeaveExtract {

    private SickLeaveExtract() {}

    static void writeMonth(MonthCalendar month, List<SickDay> days, WrittenFiles files) throws IOException {
        files.write(SampleExtract.SICK_LEAVE, month.monthText() + ".csv", out -> {
            for (SickDay day : days) {
                int dayOfMonth = (int) (day.epochDay() - month.firstEpochDay()) + 1;
                out.text(day.employee().reference())
                        .text(month.dayText(dayOfMonth))
                        .text(LocalDate.ofEpochDay(day.spellStartEpochDay()).toString())
                        .decimal(day.hoursCenti(), 2)
                        .endRow();
            }
        });
    }
}
