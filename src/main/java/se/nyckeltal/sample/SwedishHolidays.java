package se.nyckeltal.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Days off in a Swedish municipality besides weekends: the public holidays, and Midsummer,
 * Christmas and New Year's Eve (free by collective agreement). No scheduled time, so no sick
 * leave, invoices or calls are registered on them.
 */
final class SwedishHolidays {

    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private SwedishHolidays() {}

    static boolean isHoliday(LocalDate day) {
        return BY_YEAR.computeIfAbsent(day.getYear(), SwedishHolidays::of).contains(day);
    }

    private static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate easter = easterSunday(year);
        days.add(LocalDate.of(year, 1, 1));
        days.add(LocalDate.of(year, 1, 6));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1));
        days.add(easter.plusDays(39));
        days.add(LocalDate.of(year, 6, 6));
        LocalDate midsummerEve = LocalDate.of(year, 6, 19);
        while (midsummerEve.getDayOfWeek() != DayOfWeek.FRIDAY) {
            midsummerEve = midsummerEve.plusDays(1);
        }
        days.add(midsummerEve);
        days.add(LocalDate.of(year, 12, 24));
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        days.add(LocalDate.of(year, 12, 31));
        return days;
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
