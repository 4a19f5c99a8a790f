package se.nyckeltal.retract;

import java.time.YearMonth;

/**
 * What a retraction did.
 *
 * @param rowsWithdrawn the delivery's rows that were current and left {@code core}
 * @param rowsRestored  earlier deliveries' versions that became current again
 * @param from          the first month recomputed, null when none was
 * @param to            the last month recomputed, null when none was
 * @param earlier       who retracted it and when, if it was retracted already (then nothing was done)
 */
public record RetractSummary(
        String fileName,
        long runId,
        long rowsWithdrawn,
        long rowsRestored,
        YearMonth from,
        YearMonth to,
        String earlier) {}
