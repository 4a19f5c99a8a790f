package se.nyckeltal.load;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The files of the running load still to be ingested, shared by the ingest workers: a worker
 * that is free takes the next one. Filled when the ingest step starts (and again when it is
 * restarted) from the files the warehouse still records as pending, so a file in the queue
 * that another attempt has ingested since is simply skipped by the worker that takes it.
 */
public class PendingFiles {

    private final Queue<Long> fileIds = new ConcurrentLinkedQueue<>();

    void replaceWith(List<Long> pending) {
        fileIds.clear();
        fileIds.addAll(pending);
    }

    /** The next file to ingest, or {@code null} when none is left. */
    Long next() {
        return fileIds.poll();
    }
}
