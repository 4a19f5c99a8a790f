package se.nyckeltal.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code payslips/yyyy-MM.csv}: salaries administered by the payroll units, as many per unit and
 * month as its fte times the report's per-FTE figure. Almost all are paid on the 25th (the
 * working day before, if it falls on a weekend); the rest are extra payments on other days.
 */
final class PayslipsExtract {

    private static final double ON_PAYDAY = 0.92;

    private final Organisation organisation;
    private final Workforce workforce;
    private final long seed;

    PayslipsExtract(Organisation organisation, Workforce workforce, long seed) {
        this.organisation = organisation;
        this.workforce = workforce;
        this.seed = seed;
    }

    void writeMonth(MonthCalendar month, WrittenFiles files) throws IOException {
        SplittableRandom random = Randoms.of(seed, "payslips", month.index());
        int[] days = month.workingDays();
        int payday = paydayIndex(month);
        List<Integer> units = new ArrayList<>();
        List<int[]> unitDayCounts = new ArrayList<>();
        for (int unit = 0; unit < organisation.size(); unit++) {
            if (!Process.PAYROLL.equals(organisation.unit(unit).processIn(month))) {
                continue;
            }
            int count = DailyVolumes.monthly(
                    ReportFigures.PAYSLIPS_PER_FTE_MONTH * workforce.fte(unit, month.index()),
                    Seasons.of(Seasons.PAYSLIPS, month),
                    random);
            double[] weights = new double[days.length];
            for (int d = 0; d < days.length; d++) {
                weights[d] = d == payday
                        ? ON_PAYDAY
                        : (1 - ON_PAYDAY) / (days.length - 1) * Randoms.between(random, 0.5, 1.5);
            }
            units.add(unit);
            unitDayCounts.add(Apportion.split(count, weights));
        }
        String idPrefix = "L" + month.monthText().replace("-", "") + "-";
        files.write(SampleExtract.PAYSLIPS, month.monthText() + ".csv", out -> {
            int sequence = 0;
            for (int d = 0; d < days.length; d++) {
                String date = month.dayText(days[d]);
                for (int u = 0; u < units.size(); u++) {
                    String unitCode = organisation.unit(units.get(u)).code();
                    for (int i = unitDayCounts.get(u)[d]; i > 0; i--) {
                        out.text(idPrefix + pad6(++sequence)).text(date).text(unitCode);
                        if (random.nextDouble() < 0.002) {
                            out.empty();
                        } else {
                            out.text(Administrations.pick(random));
                        }
                        out.text(random.nextDouble() < ReportFigures.PAYSLIPS_ELECTRONIC ? "ELECTRONIC" : "MANUAL")
                                .endRow();
                    }
                }
            }
        });
    }

    private static int paydayIndex(MonthCalendar month) {
        LocalDate day = month.month().atDay(25);
        while (!MonthCalendar.isWorkingDay(day.toEpochDay())) {
            day = day.minusDays(1);
        }
        int[] days = month.workingDays();
        for (int i = 0; i < days.length; i++) {
            if (days[i] == day.getDayOfMonth()) {
                return i;
            }
        }
        throw new IllegalStateException("no payday in " + month.month());
    }

    /** At least six digits: 000123. */
    static String pad6(int value) {
        String digits = Integer.toString(value);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }
}
