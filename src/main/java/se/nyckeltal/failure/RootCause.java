package se.nyckeltal.failure;

/** The innermost cause of a failure, which is where the driver's or the system's own words are. */
public final class RootCause {

    private RootCause() {}

    /** The first line of the innermost cause's message, or its class name if it has none. */
    public static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null
                ? root.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
