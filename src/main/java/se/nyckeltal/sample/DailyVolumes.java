package se.nyckeltal.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** How a month's events of a unit spread over its working days: Mondays are busiest. */
final class DailyVolumes {

    private DailyVolumes() {}

    /** Events per working day (same order as {@link MonthCalendar#workingDays()}), summing to {@code total}. */
    static int[] split(int total, MonthCalendar month, SplittableRandom random) {
        int[] days = month.workingDays();
        double[] weights = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            boolean monday =
                    LocalDate.ofEpochDay(month.firstEpochDay() + days[i] - 1).getDayOfWeek() == DayOfWeek.MONDAY;
            weights[i] = Randoms.between(random, 0.8, 1.2) * (monday ? 1.2 : 1.0);
        }
        return Apportion.split(total, weights);
    }

    /** A month's events for a volume that follows the season, with ±6 % noise. */
    static int monthly(double expected, double seasonFactor, SplittableRandom random) {
        return (int) Math.round(expected * seasonFactor * Randoms.between(random, 0.94, 1.06));
    }
}
