package se.nyckeltal.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The consecutive months a sample covers, indexed from 0. */
final class SamplePeriod {

    private final MonthCalendar[] months;

    SamplePeriod(YearMonth from, YearMonth to) {
        int count = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        months = new MonthCalendar[count];
        for (int i = 0; i < count; i++) {
            months[i] = new MonthCalendar(i, from.plusMonths(i));
        }
    }

    int size() {
        return months.length;
    }

    MonthCalendar month(int index) {
        return months[index];
    }

    MonthCalendar first() {
        return months[0];
    }

    MonthCalendar last() {
        return months[months.length - 1];
    }

    /** Index of the month holding this day, or -1 outside the period. */
    int indexOf(long epochDay) {
        if (epochDay < first().firstEpochDay() || epochDay > last().lastEpochDay()) {
            return -1;
        }
        YearMonth month = YearMonth.from(LocalDate.ofEpochDay(epochDay));
        return (int) first().month().until(month, ChronoUnit.MONTHS);
    }
}
