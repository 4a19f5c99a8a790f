package se.nyckeltal.load;

import java.util.List;

/**
 * The outcome of one load run, per file, as the operator sees it at the end of the run.
 *
 * @param resumed true when this run finished an earlier, interrupted run
 */
public record LoadSummary(long runId, boolean resumed, List<FileLine> files) {

    public record FileLine(
            String fileName, String status, long rowsRead, long rowsLoaded, long rowsRejected, String message) {}

    public long count(String status) {
        return files.stream().filter(f -> f.status().equals(status)).count();
    }

    public boolean anyFailed() {
        return count(FileState.FAILED.name()) > 0;
    }
}
