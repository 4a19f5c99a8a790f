package se.nyckeltal.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON-stat export checked two ways that share nothing with the writer: validated against the
 * format's JSON Schema, and read back cell by cell by {@link Cube}, a reader written from the
 * JSON-stat 2.0 specification (https://json-stat.org/format/, "value": row-major order of the
 * dimensions in {@code id}, the last varying fastest). Expected values from {@link OpenDataTestData}.
 *
 * <p>The schema, {@code json-stat-2.0-dataset.schema.json}, is the JSON-stat 2.0 dataset schema of
 * json-stat.org (https://json-stat.org/format/schema/2.0/dataset.json, version 1.05 of 2025-06-13) in
 * the de-duplicated form that the jsonstat/validator project publishes as
 * {@code schemas/curated/bundled/dataset.json} (commit cab9ab3, Apache License 2.0), proved equivalent
 * to the original by that project's parity test; shipped here because the build has no network.
 */
class JsonStatExportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private TestWarehouse warehouse;
    private DSLContext dsl;
    private Path out;

    @BeforeEach
    void warehouseWithHandMadeValues() {
        warehouse = TestWarehouse.create(dir);
        dsl = warehouse.dsl();
        OpenDataTestData.insert(dsl);
        out = dir.resolve("json-stat");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void theDatasetIsValidJsonStat() throws IOException {
        new JsonStatExport(dsl).write(out);

        assertThat(schemaErrors(
                        JSON.readTree(out.resolve("indicator_values.json").toFile())))
                .isEmpty();
    }

    @Test
    void theSchemaRejectsADatasetWithoutItsSize() throws IOException {
        new JsonStatExport(dsl).write(out);
        ObjectNode broken =
                (ObjectNode) JSON.readTree(out.resolve("indicator_values.json").toFile());
        broken.remove("size");
        broken.put("class", "table");

        // the validation above is only worth something if the schema notices a broken dataset
        assertThat(schemaErrors(broken)).isNotEmpty();
    }

    @Test
    void aWarehouseWithoutValuesGivesAValidEmptyDataset() throws IOException {
        dsl.execute("DELETE FROM report.indicator_values");

        new JsonStatExport(dsl).write(out);

        JsonNode dataset = JSON.readTree(out.resolve("indicator_values.json").toFile());
        assertThat(schemaErrors(dataset)).isEmpty();
        assertThat(new Cube(dataset).sizes()).containsExactly(22, 0, 0, 3);
        assertThat(new Cube(dataset).valueCount()).isZero();
    }

    @Test
    void dimensionsAreIndicatorPeriodOrganisationAndGender() throws IOException {
        new JsonStatExport(dsl).write(out);
        Cube cube = new Cube(JSON.readTree(out.resolve("indicator_values.json").toFile()));

        assertThat(cube.ids()).containsExactly("indicator", "period", "organisation", "gender");
        // 22 catalogue indicators; MONTH 2017-03, YEAR 2017 and 2018, R12 ending 2017-12; ALL, one area, one unit
        assertThat(cube.sizes()).containsExactly(22, 4, 3, 3);
        assertThat(cube.categories("period")).containsExactly("2017M03", "2017", "2018", "2017M12R12");
        assertThat(cube.categories("organisation")).containsExactly("ALL", "AREA:EKONOMI", "UNIT:KC-1");
        assertThat(cube.categories("gender")).containsExactly("T", "K", "M");
        assertThat(cube.categories("indicator").get(0)).isEqualTo("EKO_CUST_INV_COUNT");
        assertThat(cube.valueCount()).isEqualTo(22 * 4 * 3 * 3);
    }

    @Test
    void everyValueIsReadBackAtItsCell() throws IOException {
        new JsonStatExport(dsl).write(out);
        Cube cube = new Cube(JSON.readTree(out.resolve("indicator_values.json").toFile()));

        assertThat(cube.value("KC_CONTACT_COUNT", "2017", "ALL", "T")).isEqualTo(3.0);
        assertThat(cube.value("KC_CONTACT_COUNT", "2017", "UNIT:KC-1", "T")).isEqualTo(3.0);
        assertThat(cube.value("KC_CONTACT_COUNT", "2018", "ALL", "T")).isEqualTo(5.0);
        assertThat(cube.value("KC_CONTACT_COUNT", "2017M03", "ALL", "T")).isEqualTo(1.0);
        assertThat(cube.value("KC_CONTACT_COUNT", "2017M12R12", "ALL", "T")).isEqualTo(3.0);
        assertThat(cube.value("HR_SICK_LEAVE_PCT", "2017", "ALL", "T")).isEqualTo(6.25); // 10 h / 160 h
        // the six shown values are the only numbers of the 792 cells
        assertThat(cube.numbers()).isEqualTo(6);
    }

    @Test
    void withheldCellsAreNullWithTheirStatusAndMissingDenominatorsSaySo() throws IOException {
        new JsonStatExport(dsl).write(out);
        Cube cube = new Cube(JSON.readTree(out.resolve("indicator_values.json").toFile()));

        assertThat(cube.value("HR_SICK_LEAVE_PCT", "2017", "ALL", "K")).isNull();
        assertThat(cube.status("HR_SICK_LEAVE_PCT", "2017", "ALL", "K")).isEqualTo("SUPPRESSED_PRIMARY");
        assertThat(cube.value("HR_SICK_LEAVE_PCT", "2017", "ALL", "M")).isNull();
        assertThat(cube.status("HR_SICK_LEAVE_PCT", "2017", "ALL", "M")).isEqualTo("SUPPRESSED_COMPLEMENTARY");
        // planted with a value of 42.5 in the warehouse: still null
        assertThat(cube.value("HR_SICK_LEAVE_PCT", "2017", "AREA:EKONOMI", "T")).isNull();
        assertThat(cube.status("HR_SICK_LEAVE_PCT", "2017", "AREA:EKONOMI", "T"))
                .isEqualTo("SUPPRESSED_PRIMARY");
        assertThat(cube.value("EKO_CUST_INV_PER_FTE_MONTH", "2017", "ALL", "T")).isNull();
        assertThat(cube.status("EKO_CUST_INV_PER_FTE_MONTH", "2017", "ALL", "T"))
                .isEqualTo("NO_DENOMINATOR");
        // a combination without a row: null, no status
        assertThat(cube.value("KC_CONTACT_COUNT", "2017", "UNIT:KC-1", "K")).isNull();
        assertThat(cube.status("KC_CONTACT_COUNT", "2017", "UNIT:KC-1", "K")).isNull();
        assertThat(cube.statuses()).isEqualTo(4);
        assertThat(cube.statusDescription("SUPPRESSED_PRIMARY")).contains("disclosure limit");
    }

    @Test
    void theWithheldNumbersAppearNowhereInTheFile() throws IOException {
        new JsonStatExport(dsl).write(out);

        assertThat(Files.readString(out.resolve("indicator_values.json")))
                .doesNotContain(OpenDataTestData.PLANTED_WITHHELD_VALUE)
                .doesNotContain("6.8");
    }

    @Test
    void indicatorsCarryTheirUnitAndTheReportsDecimals() throws IOException {
        new JsonStatExport(dsl).write(out);
        JsonNode indicator = JSON.readTree(out.resolve("indicator_values.json").toFile())
                .get("dimension")
                .get("indicator")
                .get("category");

        assertThat(indicator.get("label").get("HR_SICK_LEAVE_PCT").stringValue())
                .isEqualTo("Sjukfrånvaro");
        assertThat(indicator.get("unit").get("HR_SICK_LEAVE_PCT").get("label").stringValue())
                .isEqualTo("%");
        assertThat(indicator
                        .get("unit")
                        .get("HR_SICK_LEAVE_PCT")
                        .get("decimals")
                        .intValue())
                .isEqualTo(1);
        assertThat(indicator.get("unit").get("KC_CONTACT_COUNT").get("decimals").intValue())
                .isZero();
    }

    private static List<Error> schemaErrors(JsonNode document) throws IOException {
        try (InputStream schemaText =
                JsonStatExportTests.class.getResourceAsStream("json-stat-2.0-dataset.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schemaText);
            return schema.validate(document);
        }
    }

    /**
     * A JSON-stat 2.0 dataset read by the specification: {@code id} orders the dimensions,
     * {@code size} gives their lengths, each dimension's {@code category.index} (array or object)
     * gives a category's position; a cell's place in {@code value} is the row-major offset.
     * {@code value} may be an array or an object keyed by offset, {@code status} a string, an array or
     * an object.
     */
    private static final class Cube {

        private final JsonNode dataset;

        Cube(JsonNode dataset) {
            this.dataset = dataset;
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            dataset.get("id").forEach(id -> ids.add(id.stringValue()));
            return ids;
        }

        List<Integer> sizes() {
            List<Integer> sizes = new ArrayList<>();
            dataset.get("size").forEach(size -> sizes.add(size.intValue()));
            return sizes;
        }

        List<String> categories(String dimension) {
            JsonNode index =
                    dataset.get("dimension").get(dimension).get("category").get("index");
            String[] ordered = new String[index.size()];
            if (index.isArray()) {
                for (int i = 0; i < index.size(); i++) {
                    ordered[i] = index.get(i).stringValue();
                }
            } else {
                index.properties().forEach(entry -> ordered[entry.getValue().intValue()] = entry.getKey());
            }
            return List.of(ordered);
        }

        int offset(String... categories) {
            List<String> ids = ids();
            List<Integer> sizes = sizes();
            int offset = 0;
            for (int d = 0; d < ids.size(); d++) {
                int position = categories(ids.get(d)).indexOf(categories[d]);
                assertThat(position).as(ids.get(d) + " " + categories[d]).isNotNegative();
                offset = offset * sizes.get(d) + position;
            }
            return offset;
        }

        Double value(String... categories) {
            JsonNode values = dataset.get("value");
            int offset = offset(categories);
            JsonNode value = values.isArray() ? values.get(offset) : values.get(Integer.toString(offset));
            return value == null || value.isNull() ? null : value.doubleValue();
        }

        String status(String... categories) {
            JsonNode status = dataset.get("status");
            if (status == null) {
                return null;
            }
            if (status.isString()) {
                return status.stringValue();
            }
            int offset = offset(categories);
            JsonNode one = status.isArray() ? status.get(offset) : status.get(Integer.toString(offset));
            return one == null || one.isNull() ? null : one.stringValue();
        }

        int valueCount() {
            return dataset.get("value").size();
        }

        long numbers() {
            long numbers = 0;
            for (JsonNode value : dataset.get("value")) {
                if (value.isNumber()) {
                    numbers++;
                }
            }
            return numbers;
        }

        int statuses() {
            JsonNode status = dataset.get("status");
            return status == null ? 0 : status.size();
        }

        String statusDescription(String code) {
            return dataset.get("extension").get("status").get(code).stringValue();
        }
    }
}
