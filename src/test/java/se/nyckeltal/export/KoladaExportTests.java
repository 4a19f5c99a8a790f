package se.nyckeltal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kolada export read back as a Kolada client would: the JSON with a plain JSON parser and the
 * CSV with a CSV parser, expected values from {@link OpenDataTestData} worked out by hand.
 */
class KoladaExportTests {

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
        out = dir.resolve("kolada");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void writesKpiOuAndOudataAsJsonAndCsv() throws IOException {
        List<ExportedFile> files = new KoladaExport(dsl, "NYT_", null).write(out);

        assertThat(files)
                .extracting(file -> file.file().getFileName().toString())
                .containsExactly("kpi.json", "kpi.csv", "ou.json", "ou.csv", "oudata.json", "oudata.csv");
        // 22 catalogue rows; 3 units (ALL, area EKONOMI, unit KC-1); 6 KPI-unit-years; 8 gender values
        assertThat(files).extracting(ExportedFile::records).containsExactly(22L, 22L, 3L, 3L, 6L, 8L);
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("kpi.json", "kpi.csv", "ou.json", "ou.csv", "oudata.json", "oudata.csv");
        }
    }

    @Test
    void oudataHasOneObjectPerKpiUnitAndYearWithItsGenders() throws IOException {
        new KoladaExport(dsl, "NYT_", null).write(out);

        JsonNode page = JSON.readTree(out.resolve("oudata.json").toFile());
        assertThat(page.get("count").intValue()).isEqualTo(6);
        List<String> objects = new ArrayList<>();
        for (JsonNode item : page.get("values")) {
            StringBuilder line = new StringBuilder(item.get("kpi").stringValue() + " "
                    + item.get("ou").stringValue() + " " + item.get("period").intValue() + ":");
            for (JsonNode value : item.get("values")) {
                line.append(" ")
                        .append(value.get("gender").stringValue())
                        .append("=")
                        .append(
                                value.get("value").isNull()
                                        ? "null"
                                        : value.get("value").asString())
                        .append("/")
                        .append(value.get("count").intValue())
                        .append("/'")
                        .append(value.get("status").stringValue())
                        .append("'");
            }
            objects.add(line.toString());
        }
        // catalogue order (EKO_CUST_INV_PER_FTE_MONTH 3, KC_CONTACT_COUNT 10, HR_SICK_LEAVE_PCT 17), then year, level
        assertThat(objects)
                .containsExactly(
                        "NYT_EKO_CUST_INV_PER_FTE_MONTH NYT_ALL 2017: T=null/0/'NO_DENOMINATOR'",
                        "NYT_KC_CONTACT_COUNT NYT_ALL 2017: T=3.0/1/''",
                        "NYT_KC_CONTACT_COUNT NYT_UNIT_KC-1 2017: T=3.0/1/''",
                        "NYT_KC_CONTACT_COUNT NYT_ALL 2018: T=5.0/1/''",
                        "NYT_HR_SICK_LEAVE_PCT NYT_ALL 2017: T=6.25/1/'' K=null/0/'SUPPRESSED_PRIMARY'"
                                + " M=null/0/'SUPPRESSED_COMPLEMENTARY'",
                        "NYT_HR_SICK_LEAVE_PCT NYT_AREA_EKONOMI 2017: T=null/0/'SUPPRESSED_PRIMARY'");
    }

    @Test
    void aWithheldValueIsNullInJsonAndEmptyInCsvWhateverTheWarehouseRowHolds() throws IOException {
        new KoladaExport(dsl, "NYT_", null).write(out);

        JsonNode withheld = null;
        for (JsonNode item : JSON.readTree(out.resolve("oudata.json").toFile()).get("values")) {
            if (item.get("ou").stringValue().equals("NYT_AREA_EKONOMI")) {
                withheld = item.get("values").get(0);
            }
        }
        assertThat(withheld).isNotNull();
        assertThat(withheld.has("value")).isTrue();
        assertThat(withheld.get("value").isNull()).isTrue();
        assertThat(csv(out.resolve("oudata.csv")))
                .contains(List.of(
                        "NYT_HR_SICK_LEAVE_PCT", "NYT_AREA_EKONOMI", "2017", "T", "", "0", "SUPPRESSED_PRIMARY"));
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file))
                        .as(file.getFileName().toString())
                        .doesNotContain(OpenDataTestData.PLANTED_WITHHELD_VALUE)
                        .doesNotContain("6.8");
            }
        }
    }

    @Test
    void oudataCsvHasOneRowPerKpiUnitYearAndGender() throws IOException {
        new KoladaExport(dsl, "NYT_", null).write(out);

        List<List<String>> rows = csv(out.resolve("oudata.csv"));
        assertThat(rows)
                .containsExactly(
                        List.of("kpi", "ou", "period", "gender", "value", "count", "status"),
                        List.of("NYT_EKO_CUST_INV_PER_FTE_MONTH", "NYT_ALL", "2017", "T", "", "0", "NO_DENOMINATOR"),
                        List.of("NYT_KC_CONTACT_COUNT", "NYT_ALL", "2017", "T", "3", "1", ""),
                        List.of("NYT_KC_CONTACT_COUNT", "NYT_UNIT_KC-1", "2017", "T", "3", "1", ""),
                        List.of("NYT_KC_CONTACT_COUNT", "NYT_ALL", "2018", "T", "5", "1", ""),
                        List.of("NYT_HR_SICK_LEAVE_PCT", "NYT_ALL", "2017", "T", "6.25", "1", ""),
                        List.of("NYT_HR_SICK_LEAVE_PCT", "NYT_ALL", "2017", "K", "", "0", "SUPPRESSED_PRIMARY"),
                        List.of("NYT_HR_SICK_LEAVE_PCT", "NYT_ALL", "2017", "M", "", "0", "SUPPRESSED_COMPLEMENTARY"),
                        List.of(
                                "NYT_HR_SICK_LEAVE_PCT",
                                "NYT_AREA_EKONOMI",
                                "2017",
                                "T",
                                "",
                                "0",
                                "SUPPRESSED_PRIMARY"));
    }

    @Test
    void kpiMetadataUsesKoladasFieldNamesAndTheOwnPrefix() throws IOException {
        new KoladaExport(dsl, "SSC_", null).write(out);

        JsonNode page = JSON.readTree(out.resolve("kpi.json").toFile());
        assertThat(page.get("count").intValue()).isEqualTo(22);
        JsonNode sickLeave = null;
        List<String> ids = new ArrayList<>();
        for (JsonNode kpi : page.get("values")) {
            ids.add(kpi.get("id").stringValue());
            if (kpi.get("id").stringValue().equals("SSC_HR_SICK_LEAVE_PCT")) {
                sickLeave = kpi;
            }
        }
        assertThat(ids).hasSize(22).allSatisfy(id -> assertThat(id).startsWith("SSC_"));
        assertThat(ids.get(0)).isEqualTo("SSC_EKO_CUST_INV_COUNT"); // sort order 1
        assertThat(sickLeave).isNotNull();
        assertThat(sickLeave.get("title").stringValue()).isEqualTo("Sjukfrånvaro");
        assertThat(sickLeave.get("description").stringValue())
                .isEqualTo("Sjukfrånvaro. Enhet: procent. Ett lägre värde är bättre.");
        assertThat(sickLeave.get("operating_area").stringValue()).isEqualTo("Personal");
        assertThat(sickLeave.get("is_divided_by_gender").intValue()).isEqualTo(1);
        assertThat(sickLeave.get("has_ou_data").booleanValue()).isTrue();
        assertThat(sickLeave.get("municipality_type").stringValue()).isEqualTo("K");
        assertThat(sickLeave.get("unit").stringValue()).isEqualTo("%");
        assertThat(sickLeave.has("publication_date")).isTrue();

        List<List<String>> rows = csv(out.resolve("kpi.csv"));
        assertThat(rows.get(0))
                .containsExactly(
                        "id",
                        "title",
                        "description",
                        "operating_area",
                        "is_divided_by_gender",
                        "municipality_type",
                        "has_ou_data",
                        "unit");
        assertThat(rows)
                .contains(List.of(
                        "SSC_KC_CONTACT_COUNT",
                        "Antal inkommande ärenden",
                        "Antal inkommande ärenden. Enhet: antal (st).",
                        "Kontaktcenter",
                        "0",
                        "K",
                        "true",
                        "st"));
    }

    @Test
    void unitsAreTheAdministrationItsAreasAndItsUnitsWithTheMunicipalityGiven() throws IOException {
        new KoladaExport(dsl, "NYT_", "0180").write(out);

        assertThat(csv(out.resolve("ou.csv")))
                .containsExactly(
                        List.of("id", "municipality", "title"),
                        List.of("NYT_ALL", "0180", "Hela förvaltningen"),
                        List.of("NYT_AREA_EKONOMI", "0180", "Verksamhetsområde EKONOMI"),
                        List.of("NYT_UNIT_KC-1", "0180", "Enhet KC-1"));
        JsonNode first =
                JSON.readTree(out.resolve("ou.json").toFile()).get("values").get(0);
        assertThat(first.get("id").stringValue()).isEqualTo("NYT_ALL");
        assertThat(first.get("municipality").stringValue()).isEqualTo("0180");
    }

    @Test
    void prefixesThatCouldMakeKoladaLikeIdsAreRefused() {
        assertThat(KoladaExport.prefixProblem("NYT_")).isNull();
        assertThat(KoladaExport.prefixProblem("SSC")).isNull();
        // Kolada's ids are a letter and digits: N00914, V15E144001301
        assertThat(KoladaExport.prefixProblem("N")).contains("Kolada");
        assertThat(KoladaExport.prefixProblem("N0")).contains("Kolada");
        assertThat(KoladaExport.prefixProblem("V15E")).contains("Kolada");
        assertThat(KoladaExport.prefixProblem("")).contains("1 to 16");
        assertThat(KoladaExport.prefixProblem("NYT/")).contains("1 to 16");
        assertThat(KoladaExport.municipalityProblem("0180")).isNull();
        assertThat(KoladaExport.municipalityProblem("180")).contains("four-digit");
        assertThatThrownBy(() -> new KoladaExport(dsl, "N0", null)).hasMessageContaining("Kolada");
    }

    @Test
    void aSecondExportReplacesTheFilesOfTheFirst() throws IOException {
        new KoladaExport(dsl, "NYT_", null).write(out);
        dsl.execute("DELETE FROM report.indicator_values WHERE indicator_code = 'HR_SICK_LEAVE_PCT'");

        new KoladaExport(dsl, "NYT_", null).write(out);

        assertThat(Files.readString(out.resolve("oudata.csv"))).doesNotContain("HR_SICK_LEAVE_PCT");
        assertThat(JSON.readTree(out.resolve("oudata.json").toFile())
                        .get("count")
                        .intValue())
                .isEqualTo(4);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(6); // no temporary file left behind
        }
    }

    @Test
    void theFilesAreCreatedLikeAnyOtherFileThereNotOwnerOnly() throws IOException {
        new KoladaExport(dsl, "NYT_", null).write(out);
        Path probe = Files.createFile(dir.resolve("probe"));

        // the process's umask decides, as for the Parquet export; analysts must be able to read them
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(Files.getPosixFilePermissions(file))
                        .as(file.getFileName().toString())
                        .isEqualTo(Files.getPosixFilePermissions(probe));
            }
        }
    }

    @Test
    void aLinkWhereAFileBelongsIsReplacedNotWrittenThrough() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("kpi.json"), victim);

        new KoladaExport(dsl, "NYT_", null).write(out);

        assertThat(Files.readString(victim)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(out.resolve("kpi.json"))).isFalse();
        assertThat(JSON.readTree(out.resolve("kpi.json").toFile()).get("count").intValue())
                .isEqualTo(22);
    }

    private static List<List<String>> csv(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.toList());
            }
            return rows;
        }
    }
}
