package se.nyckeltal.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/** One month of the sample: its texts prepared once, and its working days. */
final class MonthCalendar {

    private final int index;
    private final YearMonth month;
    private final String monthText;
    private final String[] dayTexts;
    private final int[] workingDays;
    private final long firstEpochDay;

    MonthCalendar(int index, YearMonth month) {
        this.index = index;
        this.month = month;
        this.monthText = month.toString();
        this.firstEpochDay = month.atDay(1).toEpochDay();
        int length = month.lengthOfMonth();
        this.dayTexts = new String[length];
        int[] working = new int[length];
        int count = 0;
        for (int day = 1; day <= length; day++) {
            LocalDate date = month.atDay(day);
            dayTexts[day - 1] = date.toString();
            if (isWorkingDay(date.toEpochDay())) {
                working[count++] = day;
            }
        }
        this.workingDays = Arrays.copyOf(working, count);
    }

    /** Monday–Friday except Swedish holidays: the days with scheduled working time. */
    static boolean isWorkingDay(long epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY && !SwedishHolidays.isHoliday(day);
    }

    int index() {
        return index;
    }

    YearMonth month() {
        return month;
    }

    int monthOfYear() {
        return month.getMonthValue();
    }

    String monthText() {
        return monthText;
    }

    String dayText(int dayOfMonth) {
        return dayTexts[dayOfMonth - 1];
    }

    /** Days of month (1-based) that are working days, ascending. */
    int[] workingDays() {
        return workingDays;
    }

    int workingDayCount() {
        return workingDays.length;
    }

    long firstEpochDay() {
        return firstEpochDay;
    }

    long lastEpochDay() {
        return firstEpochDay + month.lengthOfMonth() - 1;
    }
}
