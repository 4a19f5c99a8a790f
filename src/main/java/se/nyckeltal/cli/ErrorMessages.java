package se.nyckeltal.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.TransactionSystemException;
import se.nyckeltal.failure.JobNotCompletedException;
import se.nyckeltal.failure.RootCause;
import se.nyckeltal.failure.UserError;
import se.nyckeltal.warehouse.WarehouseSchemaException;

/** One plain line for a failure: the user's to fix where it is theirs, a hint where it is not. */
final class ErrorMessages {

    /** What the operating system says when a write finds no room (ENOSPC, EFBIG, EDQUOT). */
    private static final List<String> DISK_FULL =
            List.of("No space left on device", "File too large", "Disk quota exceeded", "not enough space");
    /** What DuckDB says about a file that is not (or no longer) a readable database. */
    private static final List<String> DAMAGED = List.of(
            "not a valid DuckDB database file",
            "Corrupt database file",
            "Could not read enough bytes from file",
            "Trying to read a database file with version number");

    private static final List<String> NOT_WRITABLE = List.of("Permission denied", "Read-only file system");
    /** What DuckDB says when a query needs more than its {@code memory_limit}. */
    private static final String OUT_OF_MEMORY = "Out of Memory Error";
    /** The setting to raise then, with an example. */
    private static final String MEMORY_LIMIT_SETTING =
            "nyckeltal.warehouse.memory-limit (e.g. NYCKELTAL_WAREHOUSE_MEMORY_LIMIT=512MB)";

    private ErrorMessages() {}

    static String describe(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable cause : chain) {
            if (cause instanceof UserError || cause instanceof WarehouseSchemaException) {
                return cause.getMessage();
            }
            if (cause instanceof JobNotCompletedException notCompleted) {
                return notCompleted(notCompleted);
            }
        }
        // Deepest first: frameworks wrap the driver's words into long messages of their own (a bean that
        // could not be created, a rollback that failed after the real error); the driver's are the plain ones.
        for (Throwable cause : reversed(chain)) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            String line = firstLine(message);
            if (message.contains("Could not set lock on file")) {
                return "The warehouse is in use by another process: " + line
                        + " Wait for it to finish, or give another --warehouse.";
            }
            String environment = environmentMessage(message, line);
            if (environment != null) {
                return environment;
            }
            if (outOfDuckDbMemory(message)) {
                return "DuckDB reached its memory limit (" + line + "). Raise " + MEMORY_LIMIT_SETTING
                        + " and run the same command again.";
            }
            if (message.contains("IO Error") && message.contains("database file")) {
                return "The warehouse file cannot be opened: " + line;
            }
        }
        return "unexpected error: " + RootCause.message(failure) + " (set NYCKELTAL_DEBUG=1 to see the stack trace)";
    }

    /**
     * A job that did not complete: the machine's failure if that stopped it (it is what the user must
     * fix, whichever step met it), otherwise which step failed, and how to resume.
     */
    private static String notCompleted(JobNotCompletedException failure) {
        String environment = failure.getCause() == null ? null : environmentFailure(failure.getCause());
        if (environment != null) {
            return environment;
        }
        String remedy = failure.outOfHeap()
                ? ". The JVM ran out of heap while it ingested: run the same command again to resume it (a file"
                        + " whose ingest takes the load down twice is then failed and skipped), or give it more"
                        + " heap (-Xmx)."
                : outOfDuckDbMemory(failure.reason())
                        ? ". DuckDB reached its memory limit: raise " + MEMORY_LIMIT_SETTING
                                + " or lower nyckeltal.load.merge-rows-per-transaction, then run the same command again to"
                                + " resume it."
                        : "; run the same command again to resume it.";
        return failure.job() + " did not complete (" + failure.status() + "): " + failure.reason()
                + ". Nothing it had not finished is visible" + remedy;
    }

    /**
     * The plain line for a failure of the machine rather than of the load (a full disk, a damaged or
     * unwritable file) anywhere in the failure's chain, or null: a load that failed so says this, not
     * which step met it.
     */
    private static String environmentFailure(Throwable failure) {
        for (Throwable cause : reversed(chain(failure))) {
            String message = cause.getMessage();
            String environment = message == null ? null : environmentMessage(message, firstLine(message));
            if (environment != null) {
                return environment;
            }
        }
        return null;
    }

    private static String environmentMessage(String message, String line) {
        if (containsAny(message, DAMAGED)) {
            return "The warehouse file is damaged, or is no database of this DuckDB version: " + line
                    + ". Restore it from a backup (the analysts' copy beside it is none: it lacks the HR facts and"
                    + " the load's bookkeeping), or delete it and load the input folder again, or give another --warehouse.";
        }
        if (containsAny(message, DISK_FULL)) {
            return "Could not write the warehouse: the disk is full or a file-size limit was reached (" + line
                    + "). Free space and run the same command again: what was committed is kept and an"
                    + " interrupted load resumes.";
        }
        if (containsAny(message, NOT_WRITABLE)) {
            return "Could not write the warehouse (" + line + "). Is the output folder writable?";
        }
        return null;
    }

    /**
     * The failure, its causes, and what hides beside them: a rollback that failed after the real error
     * carries that error as its "application exception", and closing resources adds suppressed ones.
     */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(failure, chain, seen);
        return chain;
    }

    private static void collect(Throwable throwable, List<Throwable> chain, Set<Throwable> seen) {
        if (throwable == null || !seen.add(throwable)) {
            return;
        }
        chain.add(throwable);
        if (throwable instanceof TransactionSystemException transaction) {
            collect(transaction.getApplicationException(), chain, seen);
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            collect(suppressed, chain, seen);
        }
        collect(throwable.getCause(), chain, seen);
    }

    private static List<Throwable> reversed(List<Throwable> chain) {
        List<Throwable> reversed = new ArrayList<>(chain);
        Collections.reverse(reversed);
        return reversed;
    }

    private static boolean outOfDuckDbMemory(String message) {
        return message != null && message.contains(OUT_OF_MEMORY);
    }

    private static boolean containsAny(String message, List<String> parts) {
        return parts.stream().anyMatch(message::contains);
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message).strip();
    }
}
