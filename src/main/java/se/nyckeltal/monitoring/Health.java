package se.nyckeltal.monitoring;

/** The warehouse's health as {@code status} reports it, with the exit status a monitor acts on. */
public enum Health {
    /** Last attempt succeeded, recently enough; every extract on time; no data test above PASS. */
    HEALTHY(0),
    /** Worth a look: an extract is late, or a data test warns. */
    WARNING(1),
    /** The last attempt failed or crashed, no success within the maximum age, or a data test fails. */
    UNHEALTHY(2);

    private final int exitCode;

    Health(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    Health worst(Health other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
