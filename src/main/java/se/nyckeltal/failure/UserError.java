package se.nyckeltal.failure;

/**
 * A problem the user can fix (a missing folder, a locked warehouse, a bad key file), thrown by
 * any layer: its message is the one plain line the user sees. The command line prints it instead
 * of a stack trace and decides the exit status.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
