package se.nyckeltal.load;

import java.util.List;
import se.nyckeltal.warehouse.FileState;

/**
 * What ingesting one file gave: INGESTED with its counts, or REJECTED with the reason (and the
 * column at fault, such as a missing required column, where there is one).
 */
public record IngestResult(
        FileState state,
        long rowsRead,
        long rowsValid,
        long rowsRejected,
        String message,
        String failedColumn,
        List<String> warnings) {

    static IngestResult rejected(String message, String column) {
        return new IngestResult(FileState.REJECTED, 0, 0, 0, message, column, List.of());
    }
}
