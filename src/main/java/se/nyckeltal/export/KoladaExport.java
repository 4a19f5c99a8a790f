package se.nyckeltal.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jooq.DSLContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator values of whole years and the catalogue in the shape of Kolada's data API v2 (the
 * Swedish municipalities' key-figure database), so that tools that read Kolada read these too:
 * {@code kpi} (metadata), {@code ou} (organisational units) and {@code oudata} (values per KPI,
 * unit and year, by gender T/K/M with {@code value}, {@code count} and {@code status}), each as
 * JSON in Kolada's response envelope ({@code {"values": [...], "count": n}}) and as a
 * {@code ;}-separated CSV. Field names and shapes follow the API v2 description in RKA's
 * {@code Hypergene/kolada} repository (README.rst); docs/exports.md says how our periods and levels map.
 *
 * <p>Kolada publishes years only, so MONTH and R12 values are not in this export (they are in the
 * JSON-stat and Parquet exports). The whole administration, its areas and its units are all
 * organisational units ({@code ou}), never a {@code municipality}: the administration is one part of
 * a municipality, and its figures must not pass for the municipality's. Every id starts with the
 * administration's own prefix, so it cannot collide with Kolada's ids (N00914, V15E144001301).
 */
public final class KoladaExport {

    /** A prefix of letters, digits and underscores that starts with a letter: safe in a URL path and a file name. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,15}");

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** Kolada's operating areas are named in Swedish; ours are named after the extract a KPI is computed from. */
    private static final Map<String, String> OPERATING_AREAS = Map.of(
            "invoices", "Ekonomi",
            "payslips", "Lön",
            "contacts", "Kontaktcenter",
            "staffing", "Personal");

    private final DSLContext dsl;
    private final String idPrefix;
    private final String municipality;

    /**
     * @param idPrefix     the administration's own prefix of every KPI and unit id, e.g. {@code NYT_}
     * @param municipality Kolada's four-digit id of the municipality the units belong to, or null
     */
    public KoladaExport(DSLContext dsl, String idPrefix, String municipality) {
        this.dsl = dsl;
        this.idPrefix = checkedPrefix(idPrefix);
        this.municipality = checkedMunicipality(municipality);
    }

    /** Null when the prefix will do, else what is wrong with it, worded for the command line. */
    public static String prefixProblem(String idPrefix) {
        if (idPrefix == null || !PREFIX.matcher(idPrefix).matches()) {
            return "the id prefix '" + idPrefix + "' must be 1 to 16 letters, digits or underscores and start "
                    + "with a letter, e.g. NYT_";
        }
        if (idPrefix.matches("[A-Za-z]") || idPrefix.matches("[A-Za-z]\\d.*")) {
            return "the id prefix '" + idPrefix + "' could make ids like Kolada's own (a letter and digits, e.g. "
                    + "N00914): use a longer one, e.g. NYT_";
        }
        return null;
    }

    /** Null when the id will do, else what is wrong with it. */
    public static String municipalityProblem(String municipality) {
        return municipality == null || MUNICIPALITY.matcher(municipality).matches()
                ? null
                : "the municipality '" + municipality + "' must be Kolada's four-digit municipality id, e.g. 0180";
    }

    /** Writes the six files into {@code dir}, replacing earlier ones; all read in one transaction. */
    public List<ExportedFile> write(Path dir) {
        Path folder = ExportFiles.folder(dir);
        return dsl.transactionResult(configuration -> {
            IndicatorValuesReader reader = new IndicatorValuesReader(configuration.dsl());
            List<CatalogueEntry> catalogue = reader.catalogue();
            List<IndicatorCell> years = reader.cells("YEAR");
            List<Kpi> kpis = catalogue.stream().map(this::kpi).toList();
            List<Ou> ous = ous(years);
            List<OuData> data = ouData(years);
            List<ExportedFile> written = new ArrayList<>();
            written.add(json(folder.resolve("kpi.json"), kpis, "KPIs"));
            written.add(csv(folder.resolve("kpi.csv"), kpiRows(kpis), kpis.size(), "KPIs"));
            written.add(json(folder.resolve("ou.json"), ous, "organisational units"));
            written.add(csv(folder.resolve("ou.csv"), ouRows(ous), ous.size(), "organisational units"));
            written.add(json(folder.resolve("oudata.json"), data, "KPI, unit and year values"));
            List<List<Object>> valueRows = ouDataRows(data);
            written.add(csv(folder.resolve("oudata.csv"), valueRows, valueRows.size() - 1L, "gender values"));
            return written;
        });
    }

    private Kpi kpi(CatalogueEntry entry) {
        return new Kpi(
                idPrefix + entry.code(),
                entry.name(),
                description(entry),
                null,
                OPERATING_AREAS.getOrDefault(entry.sourceExtract(), entry.sourceExtract()),
                entry.hasGender() ? 1 : 0,
                "K",
                true,
                null,
                null,
                null,
                null,
                null,
                entry.unit());
    }

    /** In Swedish like the titles: the unit and which way is better (the catalogue holds no more). */
    private static String description(CatalogueEntry entry) {
        String unit = "%".equals(entry.unit()) ? "procent" : "st".equals(entry.unit()) ? "antal (st)" : entry.unit();
        String better = switch (entry.direction()) {
            case "higher" -> " Ett högre värde är bättre.";
            case "lower" -> " Ett lägre värde är bättre.";
            default -> "";
        };
        return entry.name() + ". Enhet: " + unit + "." + better;
    }

    private List<Ou> ous(List<IndicatorCell> cells) {
        Map<String, Ou> ous = new LinkedHashMap<>();
        cells.stream()
                .sorted(Comparator.comparingInt((IndicatorCell c) -> OrgLevels.rank(c.orgLevel()))
                        .thenComparing(IndicatorCell::orgCode))
                .forEach(cell -> ous.computeIfAbsent(
                        ouId(cell), id -> new Ou(id, municipality, OrgLevels.title(cell.orgLevel(), cell.orgCode()))));
        return List.copyOf(ous.values());
    }

    /** {@code NYT_ALL}, {@code NYT_AREA_EKONOMI}, {@code NYT_UNIT_EKO-KUND1}: the level keeps an area and a unit of one code apart. */
    private String ouId(IndicatorCell cell) {
        return "ALL".equals(cell.orgLevel()) ? idPrefix + "ALL" : idPrefix + cell.orgLevel() + "_" + cell.orgCode();
    }

    /** One object per KPI, unit and year; the rows come ordered so that its genders are adjacent. */
    private List<OuData> ouData(List<IndicatorCell> cells) {
        List<OuData> data = new ArrayList<>();
        OuData current = null;
        for (IndicatorCell cell : cells) {
            String kpi = idPrefix + cell.indicatorCode();
            String ou = ouId(cell);
            int year = Integer.parseInt(cell.period());
            if (current == null || !current.kpi().equals(kpi) || !current.ou().equals(ou) || current.period() != year) {
                current = new OuData(kpi, ou, year, new ArrayList<>());
                data.add(current);
            }
            Double value = cell.publishedValue();
            current.values()
                    .add(new GenderValue(
                            value == null ? 0 : 1, cell.gender(), cell.status().code(), value));
        }
        return data;
    }

    private static List<List<Object>> kpiRows(List<Kpi> kpis) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                "id",
                "title",
                "description",
                "operating_area",
                "is_divided_by_gender",
                "municipality_type",
                "has_ou_data",
                "unit"));
        for (Kpi kpi : kpis) {
            rows.add(List.of(
                    kpi.id(),
                    kpi.title(),
                    kpi.description(),
                    kpi.operatingArea(),
                    kpi.isDividedByGender(),
                    kpi.municipalityType(),
                    kpi.hasOuData(),
                    kpi.unit()));
        }
        return rows;
    }

    private static List<List<Object>> ouRows(List<Ou> ous) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("id", "municipality", "title"));
        for (Ou ou : ous) {
            rows.add(Arrays.asList(ou.id(), ou.municipality(), ou.title()));
        }
        return rows;
    }

    /** One row per KPI, unit, year and gender; value and count empty or 0 where there is no number. */
    private static List<List<Object>> ouDataRows(List<OuData> data) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("kpi", "ou", "period", "gender", "value", "count", "status"));
        for (OuData item : data) {
            for (GenderValue value : item.values()) {
                rows.add(Arrays.asList(
                        item.kpi(),
                        item.ou(),
                        item.period(),
                        value.gender(),
                        number(value.value()),
                        value.count(),
                        value.status()));
            }
        }
        return rows;
    }

    /** Unrounded with {@code .} as decimal separator and no exponent, as in indicator_values.csv. */
    private static String number(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static <T> ExportedFile json(Path file, List<T> values, String what) {
        ExportFiles.write(file, out -> JSON.writeValue(out, new Page<>(values, values.size())));
        return new ExportedFile(file, values.size(), what);
    }

    private static ExportedFile csv(Path file, List<List<Object>> rows, long records, String what) {
        ExportFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSV)) {
                printer.printRecords(rows);
            }
        });
        return new ExportedFile(file, records, what);
    }

    private static String checkedPrefix(String idPrefix) {
        String problem = prefixProblem(idPrefix);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return idPrefix;
    }

    private static String checkedMunicipality(String municipality) {
        String problem = municipalityProblem(municipality);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return municipality;
    }

    /** Kolada's response envelope: the objects and how many there are. */
    record Page<T>(List<T> values, int count) {}

    /** Kolada's KPI object (API v2 field names), plus {@code unit} (st or %), which Kolada's v2 KPI object lacks. */
    record Kpi(
            String id,
            String title,
            String description,
            String definition,
            String operatingArea,
            int isDividedByGender,
            String municipalityType,
            boolean hasOuData,
            String auspices,
            String perspective,
            String publicationDate,
            String prelPublicationDate,
            String ouPublicationDate,
            String unit) {}

    /** Kolada's organisational unit object. */
    record Ou(String id, String municipality, String title) {}

    /** Kolada's oudata object: one KPI, unit and year. */
    record OuData(String kpi, String ou, int period, List<GenderValue> values) {}

    /** One gender's entry of an oudata object; {@code value} is null, never a number, when there is none to publish. */
    record GenderValue(int count, String gender, String status, Double value) {}
}
