package se.nyckeltal.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random organisation for disclosure control, from a seed: areas of units of every size
 * (small ones are the point), employees of every gender (X too), some without a birth year,
 * some in a unit unknown to {@code units}, some moving between units, and one unit changing
 * area, over 15 months from October 2016 (so that there are rolling years).
 */
final class GeneratedOrganisation {

    static final YearMonth FIRST = YearMonth.of(2016, 10);
    static final int MONTHS = 15;

    /** One staffing row, with a one-day sick spell or none. */
    private record StaffingRow(
            String employee,
            YearMonth month,
            String unit,
            String gender,
            Integer birthYear,
            String sickDay,
            int sickHours) {}

    private final CoreRows core;
    private final Random random;
    private final int units;
    private final int areas;
    private final List<StaffingRow> rows = new ArrayList<>();

    GeneratedOrganisation(CoreRows core, Random random) {
        this.core = core;
        this.random = random;
        this.areas = 2 + random.nextInt(3);
        this.units = areas + 2 + random.nextInt(6);
        int employees = 60 + random.nextInt(80);
        for (int e = 0; e < employees; e++) {
            generateEmployee("E" + e);
        }
    }

    void writeAll() {
        writeUnits();
        for (int m = 0; m < MONTHS; m++) {
            writeMonth(FIRST.plusMonths(m));
        }
    }

    void writeUnits() {
        for (int u = 0; u < units; u++) {
            String area = "AREA-" + (u % areas);
            if (u == 0) {
                core.unit("UNIT-0", area, "OTHER", "2016-01-01", "2017-03-31")
                        .unit("UNIT-0", "AREA-" + (1 % areas), "OTHER", "2017-04-01", null);
            } else {
                core.unit("UNIT-" + u, area, "OTHER", "2016-01-01", null);
            }
        }
    }

    void writeMonth(YearMonth month) {
        for (StaffingRow row : rows) {
            if (row.month().equals(month)) {
                core.staffing(
                        row.employee(), month.toString(), row.unit(), row.gender(), row.birthYear(), "1.0", "160");
                if (row.sickDay() != null) {
                    core.sickDay(row.employee(), row.sickDay(), row.sickDay(), String.valueOf(row.sickHours()));
                }
            }
        }
    }

    private void generateEmployee(String employee) {
        // unit sizes from 1 to about 30
        String unit =
                random.nextInt(25) == 0 ? "UNKNOWN-1" : "UNIT-" + (int) (units * Math.pow(random.nextDouble(), 1.6));
        String gender = List.of("K", "K", "K", "M", "M", "X").get(random.nextInt(6));
        Integer birthYear = random.nextInt(15) == 0 ? null : 1955 + random.nextInt(45);
        int start = random.nextInt(4) == 0 ? random.nextInt(MONTHS) : 0;
        int end = random.nextInt(4) == 0 ? start + random.nextInt(MONTHS - start) : MONTHS - 1;
        for (int m = start; m <= end; m++) {
            YearMonth month = FIRST.plusMonths(m);
            if (random.nextInt(30) == 0) {
                unit = "UNIT-" + random.nextInt(units);
            }
            String sickDay =
                    random.nextInt(6) == 0 ? month.atDay(2 + random.nextInt(20)).toString() : null;
            rows.add(new StaffingRow(employee, month, unit, gender, birthYear, sickDay, 1 + random.nextInt(8)));
        }
    }
}
