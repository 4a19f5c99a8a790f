package se.nyckeltal.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit of the sample organisation: its versions, and how it is staffed. A processing unit
 * (invoicing, payroll) has {@code fteAtScaleOne}: its staff shrinks and grows with the scale so
 * that the per-FTE ratios hold. Every other unit has a fixed {@code headcount}, so that the HR
 * population stays above the disclosure limit at any scale.
 */
record UnitPlan(
        List<UnitVersion> versions,
        int headcount,
        double fteAtScaleOne,
        double womenShare,
        int contactsPerMonthAtScaleOne) {

    UnitPlan {
        versions = List.copyOf(versions);
    }

    String code() {
        return versions.get(0).code();
    }

    boolean scalesWithVolume() {
        return fteAtScaleOne > 0;
    }

    /** The version valid on the first day of the month, or {@code null}. */
    UnitVersion versionIn(MonthCalendar month) {
        LocalDate first = month.month().atDay(1);
        for (UnitVersion version : versions) {
            if (version.validOn(first)) {
                return version;
            }
        }
        return null;
    }

    String processIn(MonthCalendar month) {
        UnitVersion version = versionIn(month);
        return version == null ? null : version.process();
    }
}
