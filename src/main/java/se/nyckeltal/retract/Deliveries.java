package se.nyckeltal.retract;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.meta.Tables.RETRACTION;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import se.nyckeltal.failure.UserError;
import se.nyckeltal.warehouse.FileState;

/** Finds a delivery by the name {@code report.load_runs} shows, or says in one line why there is none. */
final class Deliveries {

    private final DSLContext dsl;

    Deliveries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The delivery last loaded under this name (a name delivered again with new content: the latest).
     * Ask {@link #retractionOf} first: a retracted one is not loaded any more.
     */
    Delivery loaded(String fileName) {
        Record loaded = latest(fileName, FileState.LOADED);
        if (loaded != null) {
            return delivery(loaded);
        }
        Record skipped = latest(fileName, FileState.SKIPPED_UNCHANGED);
        if (skipped != null) {
            List<String> loadedAs = dsl.selectDistinct(LOAD_FILE.FILE_NAME)
                    .from(LOAD_FILE)
                    .where(LOAD_FILE
                            .FILE_CHECKSUM
                            .eq(skipped.get(LOAD_FILE.FILE_CHECKSUM))
                            .and(LOAD_FILE.STATE.eq(FileState.LOADED)))
                    .fetch(LOAD_FILE.FILE_NAME);
            if (!loadedAs.isEmpty()) {
                throw new UserError(fileName + " was not loaded: its content was loaded as " + loadedAs.get(0)
                        + " (same SHA-256); retract " + loadedAs.get(0) + " instead.");
            }
        }
        if (latest(fileName, FileState.FAILED) != null) {
            throw new UserError(fileName + " was never loaded (it failed as a whole): there is nothing to retract.");
        }
        throw new UserError("No delivery named " + fileName + " was loaded into this warehouse: give its path "
                + "relative to the input folder as report.load_runs.file_name shows it (e.g. invoices/2017-03.csv).");
    }

    /** The delivery under this name whose retraction is in force. */
    Delivery retracted(String fileName) {
        Record retracted = retractionInForce(fileName);
        if (retracted == null) {
            throw new UserError(fileName + " is not retracted: there is no retraction to undo.");
        }
        return delivery(retracted);
    }

    /**
     * Who retracted the delivery under this name and when ("by … at …"), if a retraction is in force
     * and the name was not delivered again (with other content) and loaded since.
     */
    String retractionOf(String fileName) {
        Record retracted = retractionInForce(fileName);
        if (retracted == null) {
            return null;
        }
        Record loaded = latest(fileName, FileState.LOADED);
        if (loaded != null && loaded.get(LOAD_FILE.RUN_ID) > retracted.get(LOAD_FILE.RUN_ID)) {
            return null;
        }
        return "by " + retracted.get(RETRACTION.RETRACTED_BY) + " at " + retracted.get(RETRACTION.RETRACTED_AT);
    }

    private Record latest(String fileName, FileState state) {
        return dsl.select(LOAD_FILE.fields())
                .from(LOAD_FILE)
                .where(LOAD_FILE.FILE_NAME.eq(fileName).and(LOAD_FILE.STATE.eq(state)))
                .orderBy(LOAD_FILE.RUN_ID.desc())
                .limit(1)
                .fetchOne();
    }

    private Record retractionInForce(String fileName) {
        return dsl.select(LOAD_FILE.fields())
                .select(RETRACTION.RETRACTED_BY, RETRACTION.RETRACTED_AT)
                .from(LOAD_FILE)
                .join(RETRACTION)
                .on(RETRACTION.FILE_ID.eq(LOAD_FILE.FILE_ID))
                .where(LOAD_FILE.FILE_NAME.eq(fileName).and(RETRACTION.UNDONE_AT.isNull()))
                .orderBy(LOAD_FILE.RUN_ID.desc())
                .limit(1)
                .fetchOne();
    }

    private static Delivery delivery(Record file) {
        return new Delivery(
                file.get(LOAD_FILE.FILE_ID),
                file.get(LOAD_FILE.RUN_ID),
                file.get(LOAD_FILE.LOAD_ORDER),
                file.get(LOAD_FILE.EXTRACT),
                file.get(LOAD_FILE.FILE_NAME),
                file.get(LOAD_FILE.FILE_CHECKSUM));
    }
}
