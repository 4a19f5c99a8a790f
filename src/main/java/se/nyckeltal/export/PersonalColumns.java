package se.nyckeltal.export;

import java.util.List;
import java.util.Locale;

/**
 * Defence in depth for the export: the warehouse keeps employees only as pseudonyms, and an
 * export that finds a column named like a raw personal reference refuses to run at all, so that
 * a future schema change cannot quietly send personal data to files that travel further than
 * the warehouse does.
 */
final class PersonalColumns {

    private static final List<String> FORBIDDEN = List.of("employee_ref", "personnummer", "personal_identity");

    private PersonalColumns() {
    }

    static boolean isPersonal(String columnName) {
        String name = columnName.toLowerCase(Locale.ROOT);
        return FORBIDDEN.stream().anyMatch(name::contains);
    }
}
