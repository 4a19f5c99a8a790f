package se.nyckeltal.cli;

import java.io.PrintWriter;
import se.nyckeltal.load.LoadSummary;
import se.nyckeltal.warehouse.FileState;

/** The end-of-run table: one line per file, then totals and the reason of each failed file. */
final class LoadSummaryPrinter {

    private final PrintWriter out;

    LoadSummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(LoadSummary summary) {
        int width = Math.max(
                4,
                summary.files().stream()
                        .mapToInt(f -> f.fileName().length())
                        .max()
                        .orElse(4));
        String row = "%-" + width + "s  %-17s %10s %10s %10s%n";
        out.printf("%nLoad run %d%s%n", summary.runId(), summary.resumed() ? " (resumed)" : "");
        out.printf(row, "file", "status", "read", "loaded", "rejected");
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        for (LoadSummary.FileLine file : summary.files()) {
            out.printf(row, file.fileName(), file.status(), file.rowsRead(), file.rowsLoaded(), file.rowsRejected());
            read += file.rowsRead();
            loaded += file.rowsLoaded();
            rejected += file.rowsRejected();
        }
        out.printf(row, "total: " + summary.files().size() + " file(s)", "", read, loaded, rejected);
        out.printf(
                "%d loaded, %d skipped (unchanged), %d failed%n",
                summary.count(FileState.LOADED),
                summary.count(FileState.SKIPPED_UNCHANGED),
                summary.count(FileState.FAILED));
        if (summary.count(FileState.SKIPPED_RETRACTED) > 0) {
            out.printf(
                    "%d skipped (content retracted: retract --undo FILE to load it)%n",
                    summary.count(FileState.SKIPPED_RETRACTED));
        }
        summary.files().stream()
                .filter(f -> f.status() == FileState.FAILED)
                .forEach(f -> out.printf("FAILED %s%n", f.message()));
    }
}
