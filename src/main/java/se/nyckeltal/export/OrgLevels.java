package se.nyckeltal.export;

/**
 * The organisational levels of {@code report.indicator_values} as the open-data exports name and
 * order them: the whole administration, then its business areas, then its units. Only codes: the
 * names of areas and units are not part of the public indicator tables.
 */
final class OrgLevels {

    private OrgLevels() {}

    /** ALL before AREA before UNIT; a level the warehouse does not have yet comes last. */
    static int rank(String level) {
        return switch (level) {
            case "ALL" -> 0;
            case "AREA" -> 1;
            case "UNIT" -> 2;
            default -> 3;
        };
    }

    static String title(String level, String code) {
        return switch (level) {
            case "ALL" -> "Hela förvaltningen";
            case "AREA" -> "Verksamhetsområde " + code;
            case "UNIT" -> "Enhet " + code;
            default -> level + " " + code;
        };
    }
}
