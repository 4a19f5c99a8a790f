package se.nyckeltal.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every indicator value as one JSON-stat 2.0 dataset ({@code class: dataset}, https://json-stat.org/format/):
 * dimensions {@code indicator}, {@code period}, {@code organisation} and {@code gender}, in that order,
 * a dense {@code value} array in row-major order of those dimensions (the last one, gender, varies
 * fastest), and the reasons for missing numbers in a sparse {@code status} object keyed by the
 * cell's index. A suppressed cell is null with a status, never a number; a combination without a
 * row (K and M of an indicator without a gender breakdown, a unit without data in a month) is null
 * without a status.
 *
 * <p>Periods of the three types share one dimension: {@code 2017} (YEAR), {@code 2017M03} (MONTH,
 * as SCB writes months) and {@code 2017M03R12} (the twelve months ending March 2017).
 * Organisations: {@code ALL}, {@code AREA:code}, {@code UNIT:code}.
 */
public final class JsonStatExport {

    static final String FILE_NAME = "indicator_values.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> GENDERS = labels("T", "Totalt", "K", "Kvinnor", "M", "Män");

    private final DSLContext dsl;

    public JsonStatExport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes {@code DIR/indicator_values.json}, replacing an earlier one; read in one transaction. */
    public List<ExportedFile> write(Path dir) {
        Path folder = ExportFiles.folder(dir);
        return dsl.transactionResult(configuration -> {
            IndicatorValuesReader reader = new IndicatorValuesReader(configuration.dsl());
            List<CatalogueEntry> catalogue = reader.catalogue();
            List<IndicatorCell> cells = reader.cells(null);
            Map<String, Object> dataset = dataset(catalogue, cells);
            Path file = folder.resolve(FILE_NAME);
            ExportFiles.write(file, out -> JSON.writeValue(out, dataset));
            return List.of(new ExportedFile(file, cells.size(), "indicator values"));
        });
    }

    static Map<String, Object> dataset(List<CatalogueEntry> catalogue, List<IndicatorCell> cells) {
        Map<String, String> indicators = new LinkedHashMap<>();
        Map<String, Map<String, Object>> units = new LinkedHashMap<>();
        for (CatalogueEntry entry : catalogue) {
            indicators.put(entry.code(), entry.name());
            units.put(entry.code(), Map.of("label", entry.unit(), "decimals", entry.decimals()));
        }
        // codes with values but not in the catalogue still get their cells, labelled by code
        cells.forEach(cell -> indicators.putIfAbsent(cell.indicatorCode(), cell.indicatorCode()));
        Map<String, String> periods = periods(cells);
        Map<String, String> organisations = organisations(cells);

        List<String> indicatorIds = List.copyOf(indicators.keySet());
        List<String> periodIds = List.copyOf(periods.keySet());
        List<String> organisationIds = List.copyOf(organisations.keySet());
        List<String> genderIds = List.copyOf(GENDERS.keySet());
        int[] size = {indicatorIds.size(), periodIds.size(), organisationIds.size(), genderIds.size()};

        Double[] values = new Double[Math.multiplyExact(Math.multiplyExact(size[0], size[1]), size[2] * size[3])];
        Map<String, String> status = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        Map<String, Integer> indicatorIndex = index(indicatorIds);
        Map<String, Integer> periodIndex = index(periodIds);
        Map<String, Integer> organisationIndex = index(organisationIds);
        Map<String, Integer> genderIndex = index(genderIds);
        for (IndicatorCell cell : cells) {
            Integer gender = genderIndex.get(cell.gender());
            if (gender == null) {
                continue; // the warehouse knows T, K and M only
            }
            int at = ((indicatorIndex.get(cell.indicatorCode()) * size[1] + periodIndex.get(periodId(cell))) * size[2]
                                    + organisationIndex.get(organisationId(cell)))
                            * size[3]
                    + gender;
            values[at] = cell.publishedValue();
            if (cell.status() != CellStatus.SHOWN) {
                status.put(Integer.toString(at), cell.status().code());
            }
        }

        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("indicator", dimension("Nyckeltal", indicators, units));
        dimension.put("period", dimension("Period", periods, null));
        dimension.put("organisation", dimension("Organisation", organisations, null));
        dimension.put("gender", dimension("Kön", GENDERS, null));

        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("version", "2.0");
        dataset.put("class", "dataset");
        dataset.put("label", "Nyckeltal");
        dataset.put("source", "nyckeltal: report.indicator_values and report.indicator");
        dataset.put(
                "note", List.of("Suppressed values are null with a status; see extension.status for what each means."));
        dataset.put("id", List.of("indicator", "period", "organisation", "gender"));
        dataset.put("size", size);
        dataset.put("role", Map.of("time", List.of("period"), "metric", List.of("indicator")));
        dataset.put("dimension", dimension);
        dataset.put("value", Arrays.asList(values));
        if (!status.isEmpty()) {
            dataset.put("status", status);
        }
        dataset.put("extension", Map.of("status", statusDescriptions()));
        return dataset;
    }

    private static Map<String, Object> dimension(
            String label, Map<String, String> categories, Map<String, Map<String, Object>> unit) {
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("index", List.copyOf(categories.keySet()));
        if (!categories.isEmpty()) { // the schema wants labels, if any, for at least one category
            category.put("label", categories);
        }
        if (unit != null) {
            category.put("unit", unit);
        }
        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("label", label);
        dimension.put("category", category);
        return dimension;
    }

    /** MONTH periods in order, then YEAR, then R12 (the cells come in that order). */
    private static Map<String, String> periods(List<IndicatorCell> cells) {
        Map<String, Map<String, String>> byType = new TreeMap<>(
                Comparator.comparingInt(JsonStatExport::typeRank).thenComparing(Comparator.naturalOrder()));
        for (IndicatorCell cell : cells) {
            byType.computeIfAbsent(cell.periodType(), type -> new TreeMap<>()).put(periodId(cell), periodLabel(cell));
        }
        Map<String, String> periods = new LinkedHashMap<>();
        byType.values().forEach(periods::putAll);
        return periods;
    }

    private static int typeRank(String type) {
        return switch (type) {
            case "MONTH" -> 0;
            case "YEAR" -> 1;
            case "R12" -> 2;
            default -> 3;
        };
    }

    static String periodId(IndicatorCell cell) {
        return switch (cell.periodType()) {
            case "MONTH" -> cell.period().replace("-", "M");
            case "R12" -> cell.period().replace("-", "M") + "R12";
            case "YEAR" -> cell.period();
            default -> cell.periodType() + ":" + cell.period();
        };
    }

    private static String periodLabel(IndicatorCell cell) {
        return switch (cell.periodType()) {
            case "R12" -> "12 månader till och med " + cell.period();
            default -> cell.period();
        };
    }

    /** ALL first, then areas, then units, each by code. */
    private static Map<String, String> organisations(List<IndicatorCell> cells) {
        Map<String, Map<String, String>> byLevel =
                new TreeMap<>(Comparator.comparingInt(OrgLevels::rank).thenComparing(Comparator.naturalOrder()));
        for (IndicatorCell cell : cells) {
            byLevel.computeIfAbsent(cell.orgLevel(), level -> new TreeMap<>())
                    .put(organisationId(cell), OrgLevels.title(cell.orgLevel(), cell.orgCode()));
        }
        Map<String, String> organisations = new LinkedHashMap<>();
        byLevel.values().forEach(organisations::putAll);
        return organisations;
    }

    static String organisationId(IndicatorCell cell) {
        return "ALL".equals(cell.orgLevel()) ? "ALL" : cell.orgLevel() + ":" + cell.orgCode();
    }

    private static Map<String, String> statusDescriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (CellStatus status : CellStatus.values()) {
            if (status != CellStatus.SHOWN) {
                descriptions.put(status.code(), status.description());
            }
        }
        return descriptions;
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    private static Map<String, String> labels(String... idsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < idsAndLabels.length; i += 2) {
            labels.put(idsAndLabels[i], idsAndLabels[i + 1]);
        }
        return labels;
    }
}
