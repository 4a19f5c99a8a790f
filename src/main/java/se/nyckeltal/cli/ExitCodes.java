package se.nyckeltal.cli;

/** Exit statuses (README, "Commands"): 0 success, 2 a file failed or the command could not do its work, 64 usage. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A file failed, or the command could not do its work. */
    public static final int FAILED = 2;
    /** The command line was wrong (BSD sysexits EX_USAGE). */
    public static final int USAGE = 64;

    private ExitCodes() {}
}
