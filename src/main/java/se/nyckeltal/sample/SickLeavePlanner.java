package se.nyckeltal.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans the sick-leave spells of the workforce so that, per gender and calendar year, sick hours /
 * scheduled hours land on the report's figure: spells are drawn (employee-month weighted by
 * scheduled hours and season, length mostly short, a few of 60 days or more, some partial)
 * until the gender's budget of sick hours for the year is spent; the last spell is cut to fit. A few spells
 * began before the period, as they would in a real first delivery.
 *
 * <p>The plan is small (one row per sick working day) and is kept in memory, per month.
 */
final class SickLeavePlanner {

    /** Sick-leave spells start more often in winter. Indexed by month of year − 1. */
    private static final double[] SEASON = {1.3, 1.35, 1.2, 1.0, 0.9, 0.75, 0.5, 0.75, 1.0, 1.1, 1.15, 1.0};

    private static final double[] LENGTH_CLASSES = Randoms.cumulative(0.45, 0.27, 0.13, 0.10, 0.05);
    private static final double[] PARTIAL_DEGREES = {0.25, 0.5, 0.75};
    /** Spells of one employee keep at least this many calendar days apart. */
    private static final int GAP_DAYS = 4;

    private static final Comparator<SickDay> FILE_ORDER = Comparator.comparingLong(SickDay::epochDay)
            .thenComparing(day -> day.employee().reference());

    private final SamplePeriod period;
    private final Map<Employee, List<long[]>> spellsByEmployee = new HashMap<>();
    private final List<List<SickDay>> daysByMonth = new ArrayList<>();

    private SickLeavePlanner(SamplePeriod period) {
        this.period = period;
        for (int month = 0; month < period.size(); month++) {
            daysByMonth.add(new ArrayList<>());
        }
    }

    /** The sick days per month of the period, each month in file order (date, employee). */
    static List<List<SickDay>> plan(Workforce workforce, SamplePeriod period, long seed) {
        SickLeavePlanner planner = new SickLeavePlanner(period);
        planner.planGender(workforce, 'K', ReportFigures.SICK_LEAVE_WOMEN, seed);
        planner.planGender(workforce, 'M', ReportFigures.SICK_LEAVE_MEN, seed);
        planner.planGender(workforce, 'X', ReportFigures.SICK_LEAVE_OTHER, seed);
        for (List<SickDay> days : planner.daysByMonth) {
            days.sort(FILE_ORDER);
        }
        return planner.daysByMonth;
    }

    private void planGender(Workforce workforce, char gender, double rate, long seed) {
        SplittableRandom random = Randoms.of(seed, "sick:" + gender, 0);
        int years = yearIndex(period.last().lastEpochDay()) + 1;
        double[] budget = new double[years];
        double[] spent = new double[years];
        for (int year = 0; year < years; year++) {
            Candidates candidates = Candidates.of(workforce, period, gender, year);
            if (candidates.employees().isEmpty()) {
                continue;
            }
            budget[year] = rate * candidates.scheduledCenti();
            for (int spell = 0; spent[year] < budget[year] && spell < 100_000; spell++) {
                // The length is drawn once and then placed: redrawing it after a clash with an earlier
                // spell would favour short spells.
                int length = drawWorkingDays(random);
                for (int placement = 0; placement < 100; placement++) {
                    int pick = Randoms.pick(random, candidates.cumulativeWeights());
                    if (tryPlacing(
                            candidates.employees().get(pick),
                            candidates.months().get(pick),
                            length,
                            random,
                            year,
                            budget,
                            spent)) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * The employee-months of one gender in one calendar year (index from the period's first year),
     * weighted by scheduled hours and season.
     */
    private record Candidates(
            List<Employee> employees, List<Integer> months, double[] cumulativeWeights, double scheduledCenti) {

        static Candidates of(Workforce workforce, SamplePeriod period, char gender, int year) {
            List<Employee> employees = new ArrayList<>();
            List<Integer> months = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            double scheduledCenti = 0;
            int calendarYear = period.first().month().getYear() + year;
            for (Employee employee : workforce.employees()) {
                if (employee.gender() != gender) {
                    continue;
                }
                for (int month = employee.firstMonth(); month <= employee.lastMonth(); month++) {
                    MonthCalendar calendar = period.month(month);
                    if (calendar.month().getYear() != calendarYear) {
                        continue;
                    }
                    employees.add(employee);
                    months.add(month);
                    weights.add(employee.scheduledCenti(month) * SEASON[calendar.monthOfYear() - 1]);
                    scheduledCenti += employee.scheduledCenti(month);
                }
            }
            double[] cumulative = Randoms.cumulative(
                    weights.stream().mapToDouble(Double::doubleValue).toArray());
            return new Candidates(employees, months, cumulative, scheduledCenti);
        }
    }

    /**
     * Places a spell for the employee starting in the month; false if it clashed with an earlier
     * one. Hours count against the budget of their calendar year; the spell is cut where it would
     * overspend the year being planned (hours spilling into the next year count there).
     */
    private boolean tryPlacing(
            Employee employee,
            int month,
            int length,
            SplittableRandom random,
            int planningYear,
            double[] budget,
            double[] spent) {
        MonthCalendar calendar = period.month(month);
        int[] workingDays = calendar.workingDays();
        long start = calendar.firstEpochDay() + workingDays[random.nextInt(workingDays.length)] - 1;
        if (month == 0 && employee.firstMonth() == 0 && random.nextDouble() < 0.10) {
            // Already sick when the first delivery was cut: the spell began before the period.
            start -= 1 + random.nextInt(75);
            while (!MonthCalendar.isWorkingDay(start)) {
                start--;
            }
            length = 20 + random.nextInt(100);
        }
        boolean partialFirstDay = length <= 10 && random.nextDouble() < 0.08;
        double laterDegree = length > 10 && random.nextDouble() < 0.45
                ? PARTIAL_DEGREES[random.nextInt(PARTIAL_DEGREES.length)]
                : 1.0;

        List<SickDay> days = new ArrayList<>();
        long end = start;
        int counted = 0;
        for (long day = start; counted < length && day <= period.last().lastEpochDay(); day++) {
            if (!MonthCalendar.isWorkingDay(day)) {
                continue;
            }
            counted++;
            int dayMonth = period.indexOf(day);
            if (dayMonth > employee.lastMonth()) {
                break; // employment ended: so does the spell in this employer's data
            }
            end = day;
            if (dayMonth < 0) {
                continue; // before the period: not delivered
            }
            double degree = partialFirstDay && counted == 1 ? 0.5 : day - start >= 14 ? laterDegree : 1.0;
            int dailyCenti =
                    employee.scheduledCenti(dayMonth) / period.month(dayMonth).workingDayCount();
            int hours = (int) Math.floor(dailyCenti * degree);
            if (hours > 0) {
                days.add(new SickDay(day, employee, start, hours));
            }
        }
        if (days.isEmpty() || overlapsEarlierSpell(employee, start, end)) {
            return false;
        }
        boolean keptAny = false;
        for (SickDay day : days) {
            int year = yearIndex(day.epochDay());
            if (keptAny && year == planningYear && spent[year] + day.hoursCenti() > budget[year]) {
                break; // the year's budget is spent: this spell ends early
            }
            spent[year] += day.hoursCenti();
            daysByMonth.get(period.indexOf(day.epochDay())).add(day);
            keptAny = true;
        }
        spellsByEmployee.computeIfAbsent(employee, e -> new ArrayList<>()).add(new long[] {start, end});
        return true;
    }

    private int yearIndex(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).getYear() - period.first().month().getYear();
    }

    private boolean overlapsEarlierSpell(Employee employee, long start, long end) {
        for (long[] spell : spellsByEmployee.getOrDefault(employee, List.of())) {
            if (start <= spell[1] + GAP_DAYS && end + GAP_DAYS >= spell[0]) {
                return true;
            }
        }
        return false;
    }

    /** Working days of a spell: mostly a day or two, a few of 60 calendar days or more. */
    private static int drawWorkingDays(SplittableRandom random) {
        return switch (Randoms.pick(random, LENGTH_CLASSES)) {
            case 0 -> 1 + random.nextInt(2);
            case 1 -> 3 + random.nextInt(3);
            case 2 -> 6 + random.nextInt(5);
            case 3 -> 11 + random.nextInt(30);
            default -> 40 + random.nextInt(211);
        };
    }
}
