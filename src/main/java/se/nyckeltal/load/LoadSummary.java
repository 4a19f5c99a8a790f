package se.nyckeltal.load;

import java.util.List;
import se.nyckeltal.warehouse.FileState;

/**
 * The outcome of one load run, per file, as the operator sees it at the end of the run.
 *
 * @param resumed true when this run finished an earlier, interrupted run
 */
public record LoadSummary(long runId, boolean resumed, List<FileLine> files) {

    public record FileLine(
            String fileName, FileState status, long rowsRead, long rowsLoaded, long rowsRejected, String message) {}

    public long count(FileState status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
