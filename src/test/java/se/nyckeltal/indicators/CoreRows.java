package se.nyckeltal.indicators;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.jooq.DSLContext;

/**
 * Writes rows straight into the {@code core} tables, as the loader would leave them, for
 * hand-built indicator tests. Values go in as bind parameters; file_id and line_number are
 * bookkeeping the indicators never read.
 */
final class CoreRows {

    private final DSLContext dsl;
    private long line;

    CoreRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A unit version; {@code validTo} null = still valid. */
    CoreRows unit(String unitCode, String businessArea, String process, String validFrom, String validTo) {
        dsl.execute(
                "INSERT INTO core.units VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                unitCode,
                LocalDate.parse(validFrom),
                validTo == null ? null : LocalDate.parse(validTo),
                unitCode + " name",
                businessArea,
                process,
                ++line);
        return this;
    }

    CoreRows staffing(
            String employee,
            String month,
            String unitCode,
            String gender,
            Integer birthYear,
            String fte,
            String scheduledHours) {
        dsl.execute(
                "INSERT INTO core.staffing VALUES (?, ?, ?, ?, ?, 100, CAST(? AS DECIMAL(18,6)), "
                        + "CAST(? AS DECIMAL(18,6)), 1, ?)",
                employee,
                YearMonth.parse(month).atDay(1),
                unitCode,
                gender,
                birthYear,
                fte,
                scheduledHours,
                ++line);
        return this;
    }

    /** The same staffing row in every month from {@code first} to {@code last}, inclusive. */
    CoreRows staffingMonths(
            String employee,
            String first,
            String last,
            String unitCode,
            String gender,
            Integer birthYear,
            String fte,
            String scheduledHours) {
        for (YearMonth month = YearMonth.parse(first);
                !month.isAfter(YearMonth.parse(last));
                month = month.plusMonths(1)) {
            staffing(employee, month.toString(), unitCode, gender, birthYear, fte, scheduledHours);
        }
        return this;
    }

    CoreRows invoice(String id, String type, String date, String unitCode, String channel) {
        dsl.execute(
                "INSERT INTO core.invoices VALUES (?, ?, ?, ?, NULL, ?, NULL, 1, ?)",
                type,
                id,
                LocalDate.parse(date),
                unitCode,
                channel,
                ++line);
        return this;
    }

    /** {@code count} invoices of one type, unit, day and channel, with ids prefix-1, prefix-2, … */
    CoreRows invoices(int count, String idPrefix, String type, String date, String unitCode, String channel) {
        dsl.execute(
                "INSERT INTO core.invoices SELECT ?, ? || '-' || i, ?, ?, NULL, ?, NULL, 1, i "
                        + "FROM range(1, ? + 1) AS r(i)",
                type,
                idPrefix,
                LocalDate.parse(date),
                unitCode,
                channel,
                count);
        return this;
    }

    CoreRows payslip(String id, String date, String unitCode, String source) {
        dsl.execute(
                "INSERT INTO core.payslips VALUES (?, ?, ?, NULL, ?, 1, ?)",
                id,
                LocalDate.parse(date),
                unitCode,
                source,
                ++line);
        return this;
    }

    CoreRows contact(
            String id,
            String receivedAt,
            String channel,
            String unitCode,
            String outcome,
            Integer waitSeconds,
            Boolean resolvedFirstContact) {
        dsl.execute(
                "INSERT INTO core.contacts VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 1, ?)",
                id,
                LocalDateTime.parse(receivedAt),
                channel,
                unitCode,
                outcome,
                waitSeconds,
                resolvedFirstContact,
                ++line);
        return this;
    }

    CoreRows sickDay(String employee, String date, String spellStart, String sickHours) {
        dsl.execute(
                "INSERT INTO core.sick_leave VALUES (?, ?, ?, CAST(? AS DECIMAL(18,6)), 1, ?)",
                employee,
                LocalDate.parse(date),
                LocalDate.parse(spellStart),
                sickHours,
                ++line);
        return this;
    }

    /** One sick day with the same hours on every calendar day from {@code first} to {@code last}. */
    CoreRows sickDays(String employee, String first, String last, String spellStart, String sickHours) {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            sickDay(employee, day.toString(), spellStart, sickHours);
        }
        return this;
    }

    CoreRows target(String indicatorCode, int year, Double boardTarget, Double councilTarget) {
        dsl.execute(
                "INSERT INTO core.targets VALUES (?, ?, ?, ?, 1, ?)",
                indicatorCode,
                year,
                boardTarget,
                councilTarget,
                ++line);
        return this;
    }
}
