package se.nyckeltal.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sample, read back from its files: reproducible, written to the contract in
 * Swedish style, and with the 2017 report's ratios at a small and a larger scale. Expected ratios
 * are the report's figures (see the brief), never the generator's output.
 */
class SampleGeneratorTests {

    private static final double LARGER_SCALE = 0.15;
    private static final List<String> EVENT_EXTRACTS =
            List.of("staffing", "invoices", "payslips", "contacts", "sick_leave");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern SWEDISH_DECIMAL = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}( \\d{3})+|\\d+),\\d{2}");
    private static final Pattern EMPLOYEE_REF = Pattern.compile("19\\d{6}-\\d{4}");
    /** Swedish days off on weekdays, 2016–2017, from the calendar (Easter 2016-03-27 and 2017-04-16). */
    private static final Set<LocalDate> WEEKDAY_HOLIDAYS = Stream.of(
                    "2016-01-01",
                    "2016-01-06",
                    "2016-03-25",
                    "2016-03-28",
                    "2016-05-05",
                    "2016-06-06",
                    "2016-06-24",
                    "2016-12-26",
                    "2017-01-06",
                    "2017-04-14",
                    "2017-04-17",
                    "2017-05-01",
                    "2017-05-25",
                    "2017-06-06",
                    "2017-06-23",
                    "2017-12-25",
                    "2017-12-26")
            .map(LocalDate::parse)
            .collect(Collectors.toSet());

    @TempDir
    static Path work;

    static Path defaultSample;
    static GeneratedSample defaultResult;
    static final Map<Double, Path> samplesByScale = new HashMap<>();
    static final Map<Double, SampleFigures> figuresByScale = new HashMap<>();

    @BeforeAll
    static void generateSamples() throws IOException {
        defaultSample = work.resolve("default");
        defaultResult = new SampleGenerator().generate(SampleSpec.defaults(defaultSample));
        Path larger = work.resolve("larger");
        new SampleGenerator()
                .generate(new SampleSpec(
                        larger, LARGER_SCALE, YearMonth.of(2016, 1), YearMonth.of(2017, 12), SampleSpec.DEFAULT_SEED));
        samplesByScale.put(SampleSpec.DEFAULT_SCALE, defaultSample);
        samplesByScale.put(LARGER_SCALE, larger);
        for (Map.Entry<Double, Path> sample : samplesByScale.entrySet()) {
            figuresByScale.put(sample.getKey(), SampleFigures.of(sample.getValue()));
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        Path again = work.resolve("again");
        new SampleGenerator().generate(SampleSpec.defaults(again));
        assertThat(contents(again)).isEqualTo(contents(defaultSample));

        Path otherSeed = work.resolve("other-seed");
        new SampleGenerator()
                .generate(new SampleSpec(
                        otherSeed,
                        SampleSpec.DEFAULT_SCALE,
                        SampleSpec.DEFAULT_FROM,
                        SampleSpec.DEFAULT_TO,
                        SampleSpec.DEFAULT_SEED + 1));
        assertThat(Files.readAllBytes(otherSeed.resolve("invoices/2017-03.csv")))
                .isNotEqualTo(Files.readAllBytes(defaultSample.resolve("invoices/2017-03.csv")));
    }

    @Test
    void theShippedSampleInInputIsTheDefaultGeneration() throws IOException {
        // Maven runs tests in the project folder; input/ is what the generator writes with its defaults.
        Map<String, String> shipped = contents(Path.of("input"));
        Map<String, String> generated = contents(defaultSample);
        assertThat(shipped.keySet()).isEqualTo(generated.keySet());
        assertThat(generated.keySet().stream()
                        .filter(file -> !generated.get(file).equals(shipped.get(file))))
                .as("files of input/ that differ: regenerate with SampleGenerator --output input")
                .isEmpty();
    }

    @Test
    void writesOneFilePerMonthPerEventExtractAndOneUnitsAndTargetsFile() throws IOException {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2016, 1); !m.isAfter(YearMonth.of(2017, 12)); m = m.plusMonths(1)) {
            months.add(m + ".csv");
        }
        assertThat(fileNames("units")).containsExactly("units.csv");
        assertThat(fileNames("targets")).containsExactly("targets.csv");
        for (String extract : EVENT_EXTRACTS) {
            assertThat(fileNames(extract)).as(extract).containsExactlyElementsOf(months);
        }
        // 2 single files + 5 event extracts × 24 months
        assertThat(defaultResult.files()).hasSize(122);
    }

    @Test
    void headersAreTheContractColumns() throws IOException {
        Map<String, List<String>> contract = Map.of(
                "units", List.of("unit_code", "unit_name", "business_area", "process", "valid_from", "valid_to"),
                "staffing",
                        List.of(
                                "employee_ref",
                                "month",
                                "unit_code",
                                "gender",
                                "birth_year",
                                "employment_rate_pct",
                                "fte",
                                "scheduled_hours"),
                "invoices",
                        List.of(
                                "invoice_id",
                                "invoice_type",
                                "registered_date",
                                "unit_code",
                                "customer_org",
                                "channel",
                                "amount_sek"),
                "payslips", List.of("payslip_id", "pay_date", "unit_code", "employer_org", "source"),
                "contacts",
                        List.of(
                                "contact_id",
                                "received_at",
                                "channel",
                                "unit_code",
                                "outcome",
                                "wait_seconds",
                                "handle_seconds",
                                "resolved_first_contact"),
                "sick_leave", List.of("employee_ref", "date", "spell_start", "sick_hours"),
                "targets", List.of("indicator_code", "year", "board_target", "council_target"));
        for (Map.Entry<String, List<String>> extract : contract.entrySet()) {
            for (Path file : ContractCsv.files(defaultSample, extract.getKey())) {
                assertThat(ContractCsv.header(file)).as(file.toString()).isEqualTo(extract.getValue());
            }
        }
    }

    @Test
    void unitsHaveSwedishNamesAndOneReorganisation() throws IOException {
        Map<String, List<String>> versionsByUnit = new TreeMap<>();
        Set<String> names = new HashSet<>();
        ContractCsv.forEachRow(defaultSample, "units", row -> {
            assertThat(row.get("business_area"))
                    .isIn("EKONOMI", "LON", "KONTAKTCENTER", "HR", "UPPHANDLING", "LOKAL", "ADMIN");
            assertThat(row.get("process"))
                    .isIn("CUSTOMER_INVOICING", "SUPPLIER_INVOICING", "PAYROLL", "CONTACT_CENTER", "OTHER");
            assertThat(row.get("valid_from")).matches(DATE);
            names.add(row.get("unit_name"));
            versionsByUnit
                    .computeIfAbsent(row.get("unit_code"), c -> new ArrayList<>())
                    .add(row.get("unit_name") + "|" + row.get("process") + "|" + row.get("valid_from") + "|"
                            + row.get("valid_to"));
        });
        assertThat(names)
                .contains("Kundreskontra 1", "Lönecenter Norr", "Kontaktcenter Östra", "Hälsa och rehabilitering");
        assertThat(versionsByUnit.values().stream().filter(v -> v.size() > 1)).hasSize(1);
        assertThat(versionsByUnit.get("EKO-LEV3"))
                .containsExactly(
                        "Leverantörsreskontra 3|SUPPLIER_INVOICING|2014-01-01|2017-02-28",
                        "Kundreskontra 3|CUSTOMER_INVOICING|2017-03-01|");

        // The reorganised unit registers the invoices of its process of the month.
        Set<String> typesBefore = new HashSet<>();
        Set<String> typesAfter = new HashSet<>();
        ContractCsv.forEachRow(defaultSample.resolve("invoices/2017-02.csv"), row -> {
            if (row.get("unit_code").equals("EKO-LEV3")) {
                typesBefore.add(row.get("invoice_type"));
            }
        });
        ContractCsv.forEachRow(defaultSample.resolve("invoices/2017-03.csv"), row -> {
            if (row.get("unit_code").equals("EKO-LEV3")) {
                typesAfter.add(row.get("invoice_type"));
            }
        });
        assertThat(typesBefore).containsExactly("SUPPLIER");
        assertThat(typesAfter).containsExactly("CUSTOMER");
    }

    @Test
    void staffingRowsAreWellFormedAndEmployeeRefsAreInvalidPersonalNumbers() throws IOException {
        Set<String> references = new HashSet<>();
        ContractCsv.forEachRow(defaultSample, "staffing", row -> {
            String reference = row.get("employee_ref");
            assertThat(reference).matches(EMPLOYEE_REF);
            assertThat(hasValidLuhnCheckDigit(reference)).as(reference).isFalse();
            assertThat(reference.substring(0, 4)).isEqualTo(row.get("birth_year"));
            assertThat(row.file().getFileName().toString()).isEqualTo(row.get("month") + ".csv");
            assertThat(row.get("gender")).isIn("K", "M", "X");
            assertThat(row.get("employment_rate_pct")).matches(SWEDISH_DECIMAL);
            assertThat(row.get("fte")).matches(SWEDISH_DECIMAL);
            assertThat(row.get("scheduled_hours")).matches(SWEDISH_DECIMAL);
            assertThat(row.number("employment_rate_pct")).isBetween(0.0, 100.0);
            assertThat(row.number("fte")).isPositive().isLessThanOrEqualTo(row.number("employment_rate_pct") / 100);
            // ≈ 165 h a month at full time: at most 23 working days × 7.6 h per fte
            assertThat(row.number("scheduled_hours"))
                    .isPositive()
                    .isLessThanOrEqualTo(23 * 7.6 * row.number("fte") + 0.01);
            references.add(reference);
        });
        assertThat(references).hasSizeGreaterThan(200);
    }

    @Test
    void invoicesPayslipsAndContactsAreWellFormed() throws IOException {
        AtomicInteger groupedAmounts = new AtomicInteger();
        Set<String> invoiceKeys = new HashSet<>();
        ContractCsv.forEachRow(defaultSample, "invoices", row -> {
            assertThat(row.get("invoice_type")).isIn("CUSTOMER", "SUPPLIER");
            assertThat(row.get("channel")).isIn("ELECTRONIC", "SCANNED", "MANUAL");
            assertThat(row.get("registered_date")).matches(DATE);
            assertThat(row.file().getFileName().toString())
                    .isEqualTo(row.get("registered_date").substring(0, 7) + ".csv");
            assertThat(row.get("amount_sek")).matches(AMOUNT);
            if (row.get("amount_sek").contains(" ")) {
                groupedAmounts.incrementAndGet();
            }
            assertThat(invoiceKeys.add(row.get("invoice_type") + "/" + row.get("invoice_id")))
                    .isTrue();
        });
        assertThat(groupedAmounts.get()).isPositive();

        Set<String> payslipIds = new HashSet<>();
        ContractCsv.forEachRow(defaultSample, "payslips", row -> {
            assertThat(row.get("source")).isIn("ELECTRONIC", "MANUAL");
            assertThat(row.get("pay_date")).matches(DATE);
            assertThat(payslipIds.add(row.get("payslip_id"))).isTrue();
        });

        Set<String> contactIds = new HashSet<>();
        ContractCsv.forEachRow(defaultSample, "contacts", row -> {
            assertThat(row.get("received_at")).matches(TIMESTAMP);
            String channel = row.get("channel");
            String outcome = row.get("outcome");
            if (channel.equals("EMAIL")) {
                assertThat(outcome).isEqualTo("HANDLED");
            } else {
                assertThat(channel).isIn("PHONE", "CHAT");
                assertThat(outcome).isIn("ANSWERED", "ABANDONED");
                assertThat(Integer.parseInt(row.get("wait_seconds"))).isNotNegative();
            }
            if (!outcome.equals("ABANDONED")) {
                assertThat(row.get("resolved_first_contact")).isIn("J", "N");
                assertThat(Integer.parseInt(row.get("handle_seconds"))).isNotNegative();
            }
            assertThat(contactIds.add(row.get("contact_id"))).isTrue();
        });
    }

    @Test
    void sickDaysAreWorkingDaysOfSpellsWithinTheDaysScheduledHours() throws IOException {
        Map<String, Double> scheduledHours = new HashMap<>();
        ContractCsv.forEachRow(
                defaultSample,
                "staffing",
                row -> scheduledHours.put(
                        row.get("employee_ref") + "/" + row.get("month"), row.number("scheduled_hours")));
        AtomicInteger partialDays = new AtomicInteger();
        AtomicInteger spellsBeganBeforeThePeriod = new AtomicInteger();
        ContractCsv.forEachRow(defaultSample, "sick_leave", row -> {
            LocalDate date = LocalDate.parse(row.get("date"));
            LocalDate spellStart = LocalDate.parse(row.get("spell_start"));
            assertThat(spellStart).isBeforeOrEqualTo(date);
            assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(WEEKDAY_HOLIDAYS).doesNotContain(date);
            assertThat(row.get("sick_hours")).matches(SWEDISH_DECIMAL);
            Double monthly = scheduledHours.get(
                    row.get("employee_ref") + "/" + row.get("date").substring(0, 7));
            assertThat(monthly).as("staffing row for %s", row.get("date")).isNotNull();
            double daily = monthly / workingDays(YearMonth.from(date));
            assertThat(row.number("sick_hours")).isPositive().isLessThanOrEqualTo(daily + 0.005);
            if (row.number("sick_hours") < daily - 0.02) {
                partialDays.incrementAndGet();
            }
            if (spellStart.isBefore(LocalDate.of(2016, 1, 1))) {
                spellsBeganBeforeThePeriod.incrementAndGet();
            }
        });
        assertThat(partialDays.get()).isPositive();
        assertThat(spellsBeganBeforeThePeriod.get()).isPositive();
    }

    @Test
    void targetsCoverBothYearsWithAtLeastOneTarget() throws IOException {
        Map<String, Set<String>> yearsByIndicator = new HashMap<>();
        ContractCsv.forEachRow(defaultSample, "targets", row -> {
            assertThat(row.get("board_target").isEmpty()
                            && row.get("council_target").isEmpty())
                    .isFalse();
            yearsByIndicator
                    .computeIfAbsent(row.get("indicator_code"), c -> new HashSet<>())
                    .add(row.get("year"));
        });
        assertThat(yearsByIndicator)
                .containsKeys("KC_ANSWERED_60S_PCT", "HR_SICK_LEAVE_PCT", "EKO_CUST_INV_PER_FTE_MONTH");
        assertThat(yearsByIndicator.values())
                .allSatisfy(years -> assertThat(years).containsOnly("2016", "2017"));
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {SampleSpec.DEFAULT_SCALE, LARGER_SCALE})
    void ratiosResembleThe2017Report(double scale) {
        SampleFigures figures = figuresByScale.get(scale);
        // The report: 5 423 customer and 3 566 supplier invoices, 1 031 payslips per FTE-month (±3 %).
        assertThat(figures.customerInvoicesPerFteMonth()).isCloseTo(5423, within(5423 * 0.03));
        assertThat(figures.supplierInvoicesPerFteMonth()).isCloseTo(3566, within(3566 * 0.03));
        assertThat(figures.payslipsPerFteMonth()).isCloseTo(1031, within(1031 * 0.03));
        // 66 % of calls answered within 60 s, 87 % resolved at first contact.
        assertThat(figures.answeredWithin60sPct()).isCloseTo(66.0, within(1.5));
        assertThat(figures.firstContactResolutionPct()).isCloseTo(87.0, within(1.5));
        assertThat(figures.phonePct()).isBetween(55.0, 65.0);
        assertThat(figures.customerElectronicPct()).isBetween(80.0, 95.0);
        assertThat(figures.supplierElectronicPct()).isBetween(80.0, 95.0);
        assertThat(figures.payslipsElectronicPct()).isBetween(80.0, 95.0);
        // Sick leave 6.7 % in total, 7.5 % for women, 1.9 % for men.
        assertThat(figures.sickLeavePct()).isCloseTo(6.7, within(0.3));
        assertThat(figures.sickLeavePct("2016")).isCloseTo(6.7, within(0.4));
        assertThat(figures.sickLeavePct("2017")).isCloseTo(6.7, within(0.4));
        assertThat(figures.sickLeavePct('K')).isCloseTo(7.5, within(0.2));
        assertThat(figures.sickLeavePct('M')).isCloseTo(1.9, within(0.2));
        assertThat(figures.longTermSickSharePct()).isBetween(20.0, 70.0);
        assertThat(figures.sickDaysWithoutStaffing()).isZero();
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {SampleSpec.DEFAULT_SCALE, LARGER_SCALE})
    void eventVolumesFollowTheScale(double scale) {
        SampleFigures figures = figuresByScale.get(scale);
        // Scale 1 ≈ 1 M customer, 0.9 M supplier invoices, 1.3 M payslips, 0.9 M contacts over two years (±10 %).
        assertThat((double) figures.customerInvoices()).isCloseTo(1_000_000 * scale, within(100_000 * scale));
        assertThat((double) figures.supplierInvoices()).isCloseTo(900_000 * scale, within(90_000 * scale));
        assertThat((double) figures.payslips()).isCloseTo(1_300_000 * scale, within(130_000 * scale));
        assertThat((double) figures.contacts()).isCloseTo(900_000 * scale, within(90_000 * scale));
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {SampleSpec.DEFAULT_SCALE, LARGER_SCALE})
    void theHrPopulationStaysAboveTheDisclosureLimitAndEveryProcessingUnitIsStaffed(double scale) {
        SampleFigures figures = figuresByScale.get(scale);
        assertThat(figures.fewestEmployeesInAMonth()).isGreaterThanOrEqualTo(150);
        // 7 business areas × 24 months, each with more than 10 employees
        assertThat(figures.areaMonths()).isEqualTo(7 * 24);
        assertThat(figures.fewestEmployeesInAnAreaMonth()).isGreaterThan(10);
        assertThat(figures.ageGroups()).containsExactlyInAnyOrder("<=29", "30-49", ">=50");
        for (YearMonth m = YearMonth.of(2016, 1); !m.isAfter(YearMonth.of(2017, 12)); m = m.plusMonths(1)) {
            for (String unit : List.of(
                    "EKO-KUND1",
                    "EKO-KUND2",
                    "EKO-LEV1",
                    "EKO-LEV2",
                    "EKO-LEV3",
                    "LON-NORR",
                    "LON-SODER",
                    "LON-VAST")) {
                assertThat(figures.employeesIn(m.toString(), unit))
                        .as("%s %s", unit, m)
                        .isPositive();
            }
        }
    }

    @Test
    void theDefaultSampleStaysUnderTenMegabytesAndItsSummaryAddsUp() throws IOException {
        long bytes = 0;
        Map<String, Long> rows = new HashMap<>();
        for (Path file : defaultResult.files()) {
            bytes += Files.size(file);
            String extract = file.getParent().getFileName().toString();
            AtomicInteger count = new AtomicInteger();
            ContractCsv.forEachRow(file, row -> count.incrementAndGet());
            rows.merge(extract, (long) count.get(), Long::sum);
        }
        assertThat(defaultResult.bytes()).isEqualTo(bytes).isLessThan(10_000_000);
        assertThat(defaultResult.rowsPerExtract()).isEqualTo(rows);
    }

    @Test
    void theCommandLineDefaultsToTheShippedSample() {
        SampleSpec defaults = SampleGenerator.parse(new String[0]);
        assertThat(defaults).isEqualTo(SampleSpec.defaults(Path.of("input")));
        assertThat(SampleGenerator.parse(new String[] {
                    "--output", "/tmp/x", "--scale", "4", "--from", "2017-01", "--to", "2017-06", "--seed", "9"
                }))
                .isEqualTo(new SampleSpec(Path.of("/tmp/x"), 4, YearMonth.of(2017, 1), YearMonth.of(2017, 6), 9));
        assertThat(SampleGenerator.parse(new String[] {"--help"})).isNull();
        assertThatThrownBy(() -> SampleGenerator.parse(new String[] {"--scael", "1"}))
                .hasMessageContaining("--scael");
        assertThatThrownBy(() -> SampleGenerator.parse(new String[] {"--from", "2018-01", "--to", "2017-12"}))
                .hasMessageContaining("after");
    }

    private static int workingDays(YearMonth month) {
        int days = 0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY
                    && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !WEEKDAY_HOLIDAYS.contains(date)) {
                days++;
            }
        }
        return days;
    }

    /** Luhn over YYMMDDNNN against the last digit: true for a real personal identity number. */
    private static boolean hasValidLuhnCheckDigit(String reference) {
        String digits = reference.substring(2).replace("-", "");
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted / 10 + weighted % 10;
        }
        return sum % 10 == 0;
    }

    private static List<String> fileNames(String extract) throws IOException {
        return ContractCsv.files(defaultSample, extract).stream()
                .map(p -> p.getFileName().toString())
                .toList();
    }

    /** A hash of every file's bytes under a folder, by relative path. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                hashes.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
