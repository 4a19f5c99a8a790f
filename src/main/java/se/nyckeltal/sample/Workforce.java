package se.nyckeltal.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The employees of every unit over the period, with turnover: each unit keeps a number of posts;
 * when someone leaves (mid-month) a successor starts in the same month, so a post is never
 * empty and the month's fte is shared between them. Occasional unpaid leave lowers a month's
 * fte below the employment rate.
 */
final class Workforce {

    /** Ordinary time per working day at fte 1: 7.6 h (a 38-hour week), ≈ 165 h a month. */
    private static final int DAILY_HOURS_CENTI = 760;

    private static final double LEAVING_PER_MONTH = 0.008;
    private static final double UNPAID_LEAVE_PER_MONTH = 0.025;
    private static final double FTE_PER_PROCESSING_EMPLOYEE = 0.92;
    private static final int[] USUAL_RATES_TENTHS = {1000, 900, 800, 750, 600, 500};
    private static final double[] USUAL_RATES_CUMULATIVE = Randoms.cumulative(0.62, 0.08, 0.12, 0.10, 0.04, 0.04);

    private final List<Employee> employees;
    private final long[][] fteMilliByUnitAndMonth;

    private Workforce(List<Employee> employees, long[][] fteMilliByUnitAndMonth) {
        this.employees = List.copyOf(employees);
        this.fteMilliByUnitAndMonth = fteMilliByUnitAndMonth;
    }

    static Workforce hire(Organisation organisation, SamplePeriod period, double scale, long seed) {
        PersonalIdentityNumbers numbers = new PersonalIdentityNumbers();
        List<Employee> employees = new ArrayList<>();
        long[][] fteSums = new long[organisation.size()][period.size()];
        for (int unit = 0; unit < organisation.size(); unit++) {
            UnitPlan plan = organisation.unit(unit);
            SplittableRandom random = Randoms.of(seed, "staff:" + plan.code(), 0);
            PostPlan posts = PostPlan.of(plan, scale);
            for (int post = 0; post < posts.count(); post++) {
                new Post(unit, plan, posts, period, random, numbers).fill(employees);
            }
        }
        for (Employee employee : employees) {
            for (int month = employee.firstMonth(); month <= employee.lastMonth(); month++) {
                fteSums[employee.unit()][month] += employee.fteMilli(month);
            }
        }
        return new Workforce(employees, fteSums);
    }

    List<Employee> employees() {
        return employees;
    }

    /** The sum of fte of a unit's staffing rows in a month. */
    double fte(int unit, int month) {
        return fteMilliByUnitAndMonth[unit][month] / 1000.0;
    }

    /** How many posts a unit has and at what employment rate. */
    private record PostPlan(int count, double processingRate) {

        static PostPlan of(UnitPlan plan, double scale) {
            if (!plan.scalesWithVolume()) {
                return new PostPlan(plan.headcount(), 0);
            }
            double targetFte = plan.fteAtScaleOne() * scale;
            int count = Math.max(1, (int) Math.round(targetFte / FTE_PER_PROCESSING_EMPLOYEE));
            return new PostPlan(count, Math.min(1.0, targetFte / count));
        }

        int drawRateTenths(SplittableRandom random) {
            if (processingRate == 0) {
                return USUAL_RATES_TENTHS[Randoms.pick(random, USUAL_RATES_CUMULATIVE)];
            }
            long rate = Math.round(processingRate * Randoms.between(random, 0.92, 1.08) * 1000);
            return (int) Math.max(1, Math.min(1000, rate));
        }
    }

    /** One post over the period, filled by one employee after another. */
    private static final class Post {
        private final int unit;
        private final UnitPlan plan;
        private final PostPlan posts;
        private final SamplePeriod period;
        private final SplittableRandom random;
        private final PersonalIdentityNumbers numbers;

        Post(
                int unit,
                UnitPlan plan,
                PostPlan posts,
                SamplePeriod period,
                SplittableRandom random,
                PersonalIdentityNumbers numbers) {
            this.unit = unit;
            this.plan = plan;
            this.posts = posts;
            this.period = period;
            this.random = random;
            this.numbers = numbers;
        }

        void fill(List<Employee> employees) {
            int start = 0;
            double firstFraction = 1.0;
            boolean hiredBeforePeriod = true;
            while (true) {
                int end = period.size() - 1;
                double lastFraction = 1.0;
                for (int month = start + 1; month < period.size(); month++) {
                    if (random.nextDouble() < LEAVING_PER_MONTH) {
                        end = month;
                        lastFraction = Randoms.between(random, 0.2, 0.9);
                        break;
                    }
                }
                employees.add(employee(start, end, firstFraction, lastFraction, hiredBeforePeriod));
                if (lastFraction == 1.0) {
                    return;
                }
                start = end;
                firstFraction = 1.0 - lastFraction;
                hiredBeforePeriod = false;
            }
        }

        private Employee employee(
                int start, int end, double firstFraction, double lastFraction, boolean hiredBeforePeriod) {
            char gender = drawGender();
            int startYear = period.month(start).month().getYear();
            int birthYear = startYear - drawAge(hiredBeforePeriod);
            String reference = numbers.issue(random, birthYear, gender);
            int rateTenths = posts.drawRateTenths(random);
            int[] fteMilli = new int[period.size()];
            int[] scheduledCenti = new int[period.size()];
            for (int month = start; month <= end; month++) {
                double share = (month == start ? firstFraction : 1.0) * (month == end ? lastFraction : 1.0);
                if (random.nextDouble() < UNPAID_LEAVE_PER_MONTH) {
                    share *= Randoms.between(random, 0.4, 0.95);
                }
                // fte in thousandths equals the employment rate in tenths of a percent at full time.
                fteMilli[month] = Math.max(1, (int) Math.floor(rateTenths * share));
                scheduledCenti[month] = (int) Math.round(
                        period.month(month).workingDayCount() * (double) DAILY_HOURS_CENTI * fteMilli[month] / 1000);
            }
            return new Employee(reference, gender, birthYear, unit, rateTenths, start, end, fteMilli, scheduledCenti);
        }

        private char drawGender() {
            double draw = random.nextDouble();
            if (draw < 0.02) {
                return 'X';
            }
            return random.nextDouble() < plan.womenShare() ? 'K' : 'M';
        }

        /** Age groups ≤29 / 30–49 / ≥50: the staff in place skews older than new hires. */
        private int drawAge(boolean hiredBeforePeriod) {
            double draw = random.nextDouble();
            double young = hiredBeforePeriod ? 0.16 : 0.35;
            double middle = hiredBeforePeriod ? 0.62 : 0.85;
            if (draw < young) {
                return 20 + random.nextInt(10);
            }
            if (draw < middle) {
                return 30 + random.nextInt(20);
            }
            return 50 + random.nextInt(15);
        }
    }
}
