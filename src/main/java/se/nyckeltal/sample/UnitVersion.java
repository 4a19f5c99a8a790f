package se.nyckeltal.sample;

import java.time.LocalDate;

/** One row of the units extract: a version of a unit, valid from–to (inclusive, {@code null} = open). */
record UnitVersion(
        String code, String name, String businessArea, String process, LocalDate validFrom, LocalDate validTo) {

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
