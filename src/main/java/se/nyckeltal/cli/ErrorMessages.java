package se.nyckeltal.cli;

/** One plain line for a failure: the user's to fix where it is theirs, a hint where it is not. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserError) {
                return cause.getMessage();
            }
            String message = cause.getMessage();
            if (message != null && message.contains("Could not set lock on file")) {
                return "The warehouse is in use by another process: " + firstLine(message)
                        + " Wait for it to finish, or give another --warehouse.";
            }
            if (message != null && message.contains("IO Error") && message.contains("database file")) {
                return "The warehouse file cannot be opened: " + firstLine(message);
            }
        }
        return "unexpected error: " + JobFailures.rootMessage(failure)
                + " (set NYCKELTAL_DEBUG=1 to see the stack trace)";
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message).strip();
    }
}
