package se.nyckeltal.cli;

/** Exit statuses of WAREHOUSE.md. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A file failed, or the command could not do its work. */
    public static final int FAILED = 2;
    /** The command line was wrong (BSD sysexits EX_USAGE). */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
