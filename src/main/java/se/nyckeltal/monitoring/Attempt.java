package se.nyckeltal.monitoring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One recorded attempt of a command that changes the warehouse.
 *
 * @param finishedAt null while running, and for an attempt that crashed (when it stopped is unknown)
 * @param runId      the load run it worked on, null for {@code indicators} and for a load that failed
 *                   before its run was planned
 */
public record Attempt(
        long attemptId,
        String command,
        Long pid,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        AttemptOutcome outcome,
        Integer exitCode,
        Long runId,
        String message) {

    /** When it finished, or (for a run recorded before attempts were, without an end) when it started. */
    public LocalDateTime endedAt() {
        return finishedAt != null ? finishedAt : startedAt;
    }

    /** The warehouse's timestamps are local time of this machine. */
    public static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
