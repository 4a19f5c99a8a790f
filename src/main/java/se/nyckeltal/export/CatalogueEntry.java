package se.nyckeltal.export;

/** One indicator of {@code report.indicator}, the catalogue, as the open-data exports describe it. */
record CatalogueEntry(
        String code, String name, String unit, String direction, boolean hasGender, String sourceExtract) {

    /** Decimals shown in the annual report (docs/indicators.md, Rounding): one for percentages, none else. */
    int decimals() {
        return "%".equals(unit) ? 1 : 0;
    }
}
