package se.nyckeltal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's ratios recomputed from the generated files alone, the way docs/indicators.md defines
 * them (whole period, whole administration), independent of the generator and of the loader.
 */
final class SampleFigures {

    private record Version(String area, String process, LocalDate from, LocalDate to) {}

    private record StaffingRow(char gender, double scheduledHours) {}

    private final Map<String, List<Version>> versions = new HashMap<>();
    private final Map<String, Double> fteMonthsByProcess = new HashMap<>();
    private final Map<Character, Double> scheduledByGender = new HashMap<>();
    private final Map<Character, Double> sickByGender = new HashMap<>();
    private final Map<String, StaffingRow> staffing = new HashMap<>();
    private final Map<String, Set<String>> employeesByMonth = new HashMap<>();
    private final Map<String, Set<String>> employeesByMonthAndArea = new HashMap<>();
    private final Map<String, Integer> employeesByMonthAndUnit = new HashMap<>();
    private final Set<String> ageGroups = new HashSet<>();
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, String> latestDayOfSpell = new HashMap<>();
    private final Map<String, Double> scheduledByYear = new HashMap<>();
    private final Map<String, Double> sickByYear = new HashMap<>();
    private double sickHoursInLongSpells;
    private double scheduledTotal;
    private double sickTotal;

    static SampleFigures of(Path root) throws IOException {
        SampleFigures figures = new SampleFigures();
        figures.read(root);
        return figures;
    }

    private void read(Path root) throws IOException {
        ContractCsv.forEachRow(
                root,
                "units",
                row -> versions.computeIfAbsent(row.get("unit_code"), c -> new ArrayList<>())
                        .add(new Version(
                                row.get("business_area"),
                                row.get("process"),
                                LocalDate.parse(row.get("valid_from")),
                                row.get("valid_to").isEmpty() ? LocalDate.MAX : LocalDate.parse(row.get("valid_to")))));
        ContractCsv.forEachRow(root, "staffing", this::addStaffing);
        ContractCsv.forEachRow(root, "invoices", row -> {
            count(row.get("invoice_type"));
            count(row.get("invoice_type") + "/" + row.get("channel"));
        });
        ContractCsv.forEachRow(root, "payslips", row -> {
            count("PAYSLIP");
            count("PAYSLIP/" + row.get("source"));
        });
        ContractCsv.forEachRow(root, "contacts", this::addContact);
        ContractCsv.forEachRow(
                root,
                "sick_leave",
                row -> latestDayOfSpell.merge(
                        row.get("employee_ref") + "/" + row.get("spell_start"),
                        row.get("date"),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
        ContractCsv.forEachRow(root, "sick_leave", this::addSickDay);
    }

    private void addStaffing(ContractCsv.Row row) {
        String month = row.get("month");
        Version version = versionOn(row.get("unit_code"), LocalDate.parse(month + "-01"));
        fteMonthsByProcess.merge(version.process(), row.number("fte"), Double::sum);
        char gender = row.get("gender").charAt(0);
        double scheduled = row.number("scheduled_hours");
        scheduledByGender.merge(gender, scheduled, Double::sum);
        scheduledTotal += scheduled;
        scheduledByYear.merge(month.substring(0, 4), scheduled, Double::sum);
        String employee = row.get("employee_ref");
        staffing.put(employee + "/" + month, new StaffingRow(gender, scheduled));
        employeesByMonth.computeIfAbsent(month, m -> new HashSet<>()).add(employee);
        employeesByMonthAndArea
                .computeIfAbsent(month + "/" + version.area(), m -> new HashSet<>())
                .add(employee);
        employeesByMonthAndUnit.merge(month + "/" + row.get("unit_code"), 1, Integer::sum);
        int age = Integer.parseInt(month.substring(0, 4)) - Integer.parseInt(row.get("birth_year"));
        ageGroups.add(age <= 29 ? "<=29" : age <= 49 ? "30-49" : ">=50");
    }

    private void addContact(ContractCsv.Row row) {
        String channel = row.get("channel");
        String outcome = row.get("outcome");
        count("CONTACT");
        count(channel);
        if (channel.equals("PHONE") && outcome.equals("ANSWERED")) {
            count("PHONE/ANSWERED");
            if (Integer.parseInt(row.get("wait_seconds")) <= 60) {
                count("PHONE/ANSWERED_60S");
            }
        }
        if (outcome.equals("ANSWERED") || outcome.equals("HANDLED")) {
            count("RESOLVABLE");
            if (row.get("resolved_first_contact").equals("J")) {
                count("RESOLVED_FIRST");
            }
        }
    }

    private void addSickDay(ContractCsv.Row row) {
        String employee = row.get("employee_ref");
        StaffingRow staffingRow = staffing.get(employee + "/" + row.get("date").substring(0, 7));
        if (staffingRow == null) {
            count("SICK_DAY_WITHOUT_STAFFING");
            return;
        }
        double hours = row.number("sick_hours");
        sickByGender.merge(staffingRow.gender(), hours, Double::sum);
        sickTotal += hours;
        sickByYear.merge(row.get("date").substring(0, 4), hours, Double::sum);
        LocalDate spellStart = LocalDate.parse(row.get("spell_start"));
        LocalDate latest = LocalDate.parse(latestDayOfSpell.get(employee + "/" + row.get("spell_start")));
        if (ChronoUnit.DAYS.between(spellStart, latest) + 1 >= 60) {
            sickHoursInLongSpells += hours;
        }
    }

    private Version versionOn(String unit, LocalDate day) {
        return versions.get(unit).stream()
                .filter(v -> !day.isBefore(v.from()) && !day.isAfter(v.to()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no version of " + unit + " on " + day));
    }

    private void count(String key) {
        counts.merge(key, 1L, Long::sum);
    }

    long customerInvoices() {
        return counts.getOrDefault("CUSTOMER", 0L);
    }

    long supplierInvoices() {
        return counts.getOrDefault("SUPPLIER", 0L);
    }

    long payslips() {
        return counts.getOrDefault("PAYSLIP", 0L);
    }

    long contacts() {
        return counts.getOrDefault("CONTACT", 0L);
    }

    long sickDaysWithoutStaffing() {
        return counts.getOrDefault("SICK_DAY_WITHOUT_STAFFING", 0L);
    }

    double customerInvoicesPerFteMonth() {
        return customerInvoices() / fteMonthsByProcess.get("CUSTOMER_INVOICING");
    }

    double supplierInvoicesPerFteMonth() {
        return supplierInvoices() / fteMonthsByProcess.get("SUPPLIER_INVOICING");
    }

    double payslipsPerFteMonth() {
        return payslips() / fteMonthsByProcess.get("PAYROLL");
    }

    double customerElectronicPct() {
        return percent("CUSTOMER/ELECTRONIC", "CUSTOMER");
    }

    double supplierElectronicPct() {
        return percent("SUPPLIER/ELECTRONIC", "SUPPLIER");
    }

    double payslipsElectronicPct() {
        return percent("PAYSLIP/ELECTRONIC", "PAYSLIP");
    }

    double phonePct() {
        return percent("PHONE", "CONTACT");
    }

    double answeredWithin60sPct() {
        return percent("PHONE/ANSWERED_60S", "PHONE");
    }

    double firstContactResolutionPct() {
        return percent("RESOLVED_FIRST", "RESOLVABLE");
    }

    double sickLeavePct() {
        return 100 * sickTotal / scheduledTotal;
    }

    double sickLeavePct(String year) {
        return 100 * sickByYear.getOrDefault(year, 0.0) / scheduledByYear.get(year);
    }

    double sickLeavePct(char gender) {
        return 100 * sickByGender.getOrDefault(gender, 0.0) / scheduledByGender.get(gender);
    }

    double longTermSickSharePct() {
        return 100 * sickHoursInLongSpells / sickTotal;
    }

    Set<String> ageGroups() {
        return ageGroups;
    }

    int fewestEmployeesInAMonth() {
        return employeesByMonth.values().stream().mapToInt(Set::size).min().orElse(0);
    }

    /** The smallest headcount of a business area in any month. */
    int fewestEmployeesInAnAreaMonth() {
        return employeesByMonthAndArea.values().stream()
                .mapToInt(Set::size)
                .min()
                .orElse(0);
    }

    int employeesIn(String month, String unit) {
        return employeesByMonthAndUnit.getOrDefault(month + "/" + unit, 0);
    }

    int areaMonths() {
        return employeesByMonthAndArea.size();
    }

    private double percent(String numerator, String denominator) {
        return 100.0 * counts.getOrDefault(numerator, 0L) / counts.get(denominator);
    }
}
