package se.nyckeltal.cli;

/**
 * A problem the user can fix (a missing folder, a locked warehouse, a bad key file): reported
 * as one plain line with exit status 2, never as a stack trace.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
