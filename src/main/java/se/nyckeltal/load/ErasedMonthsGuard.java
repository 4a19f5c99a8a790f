package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.meta.Tables.REJECTED_ROWS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.jooq.meta.tables.records.LoadFileRecord;

/**
 * Refuses, as a whole, a staffing or sick-leave file with a row of a month whose person-level rows
 * retention erased ({@code meta.hr_retention}): merging it would bring erased rows back, and with
 * only its later rows the file would load in part. Its rows before that are not kept as rejects
 * either: one file-level reject names the first such line.
 */
final class ErasedMonthsGuard {

    private static final Logger log = LoggerFactory.getLogger(ErasedMonthsGuard.class);

    private final DSLContext dsl;

    ErasedMonthsGuard(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Marks the files among {@code ingested} with a staged row before the erase horizon as rejected,
     * in the caller's transaction, before their extract is merged (the merge takes ingested files only).
     */
    void refuseErasedMonths(Extract extract, List<LoadFileRecord> ingested) {
        String column = switch (extract) {
            case STAFFING -> "month";
            case SICK_LEAVE -> "date";
            default -> null;
        };
        Optional<YearMonth> erasedBefore = column == null ? Optional.empty() : HrRetention.erasedBefore(dsl);
        if (erasedBefore.isEmpty()) {
            return;
        }
        LocalDate keptFrom = erasedBefore.get().atDay(1);
        Table<?> rows = StagingTables.rowsOf(extract);
        var fileId = rows.field("file_id", Long.class);
        var lineNumber = rows.field("line_number", Long.class);
        var day = rows.field(column, LocalDate.class);
        var firstBefore = dsl.select(
                        fileId, DSL.min(lineNumber), DSL.field("arg_min({0}, {1})", LocalDate.class, day, lineNumber))
                .from(rows)
                .where(fileId.in(
                        ingested.stream().map(LoadFileRecord::getFileId).toList()))
                .and(day.lt(keptFrom))
                .groupBy(fileId)
                .fetchMap(Record3::value1);
        for (LoadFileRecord file : ingested) {
            Record3<Long, Long, LocalDate> first = firstBefore.get(file.getFileId());
            if (first != null) {
                refuse(file, column, first.value2(), first.value3(), erasedBefore.get());
            }
        }
    }

    private void refuse(LoadFileRecord file, String column, long line, LocalDate value, YearMonth keptFrom) {
        String message = file.getFileName() + " line " + line + ", column " + column + ": " + value
                + " lies before " + keptFrom + ", the first month whose person-level HR rows are kept"
                + " (nyckeltal.retention.hr-months); the earlier months were erased and loading this file would"
                + " bring them back: no row of the file was loaded; remove the file from the input folder";
        log.warn("{}", message);
        file.setState(FileState.REJECTED);
        file.setMessage(message);
        dsl.update(LOAD_FILE)
                .set(LOAD_FILE.STATE, FileState.REJECTED)
                .set(LOAD_FILE.MESSAGE, message)
                .where(LOAD_FILE.FILE_ID.eq(file.getFileId()))
                .execute();
        dsl.insertInto(REJECTED_ROWS)
                .set(REJECTED_ROWS.FILE_ID, file.getFileId())
                .set(REJECTED_ROWS.COLUMN_NAME, column)
                .set(REJECTED_ROWS.REASON, message)
                .execute();
    }
}
