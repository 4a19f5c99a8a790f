package se.nyckeltal.load;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The files of the running load still to be ingested, shared by the ingest workers: a worker
 * that is free takes the next one. Filled when the ingest step starts (and again when it is
 * restarted) from the files the warehouse still records as pending, with what a worker needs of
 * each: reading the file's row again per file cost a DuckDB query of 4–30 ms while the other
 * worker appended (1.1 thread-seconds of a scale-1 ingest).
 */
public class PendingFiles {

    /** A planned file of the run ({@code meta.load_file}). */
    record PendingFile(long fileId, String extract, String fileName, long bytes) {}

    private final Queue<PendingFile> files = new ConcurrentLinkedQueue<>();

    void replaceWith(List<PendingFile> pending) {
        files.clear();
        files.addAll(pending);
    }

    /** The next file to ingest, or {@code null} when none is left. */
    PendingFile next() {
        return files.poll();
    }
}
