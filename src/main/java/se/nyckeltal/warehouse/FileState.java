package se.nyckeltal.warehouse;

/**
 * Where one file of a run stands ({@code meta.load_file.state}). Every change of state commits
 * together with the work it records, so a restarted run resumes exactly where it stopped. The final
 * three are also a file's {@code report.load_runs.status}. jOOQ's generated classes read and write
 * both columns as this enum (stored as its name; see the codegen's forced types in pom.xml).
 */
public enum FileState {
    /** Discovered, to be ingested. */
    PENDING,
    /** Its content was loaded before: to be listed as skipped. */
    UNCHANGED,
    /** Its content was withdrawn by {@code retract} (and not given back): to be listed as skipped. */
    WITHDRAWN,
    /** Parsed and staged, to be merged. */
    INGESTED,
    /** Failed as a whole while ingesting, to be listed as failed. */
    REJECTED,
    /** Final: merged into core (report.load_runs status LOADED). */
    LOADED,
    /** Final: none of its rows loaded (FAILED). */
    FAILED,
    /** Final: skipped (SKIPPED_UNCHANGED). */
    SKIPPED_UNCHANGED,
    /** Final: skipped, its content retracted (SKIPPED_RETRACTED). */
    SKIPPED_RETRACTED,
    /** Final: loaded, then withdrawn by {@code retract} (RETRACTED); set by the retraction, not the load. */
    RETRACTED
}
