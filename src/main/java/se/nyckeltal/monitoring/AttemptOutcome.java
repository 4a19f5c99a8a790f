package se.nyckeltal.monitoring;

/** How a run attempt ended ({@code meta.run_attempt.outcome}). */
public enum AttemptOutcome {
    /** Started and not finished: the process is still working, or (found by a later command) it died. */
    RUNNING,
    /** Did its work; exit status 0. */
    SUCCEEDED,
    /** Did its work, but at least one file failed as a whole; exit status 2. */
    FILES_FAILED,
    /** Could not do its work (an error before or during the job); exit status 2. */
    FAILED,
    /** Never finished: killed, out of memory, or the machine stopped. Recorded by the next command. */
    CRASHED;

    /** Whether a monitor should call the warehouse unhealthy when this is the last attempt's outcome. */
    public boolean isFailure() {
        return this == FILES_FAILED || this == FAILED || this == CRASHED;
    }
}
