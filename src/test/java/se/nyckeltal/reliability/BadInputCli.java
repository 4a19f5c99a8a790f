package se.nyckeltal.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;

/**
 * Runs the real command line in this JVM, as the operator would, and keeps everything it said: picocli's
 * output and error writers, and the console (System.out and System.err, where the log goes), so that
 * tests can check that the operator never sees a stack trace. Shared by the reliability tests.
 */
final class BadInputCli {

    /** A line of a Java stack trace ({@code \tat se.nyckeltal.X.y(X.java:12)}). */
    static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    private static final String KEY_PROPERTY = "nyckeltal.pseudonym.key";
    private static String previousKey;

    /** @param output what the command printed (summary, error line); {@code console} what was logged */
    record Result(int exitCode, String output, String console) {

        /** Both, for assertion messages. */
        String all() {
            return output + console;
        }
    }

    private BadInputCli() {}

    /** The load needs a pseudonym key; a fixed one keeps the test away from the user's key file. */
    static void usePseudonymKey() {
        previousKey = System.setProperty(KEY_PROPERTY, "bad-input-test-key-of-at-least-32-bytes-length");
    }

    static void restorePseudonymKey() {
        if (previousKey == null) {
            System.clearProperty(KEY_PROPERTY);
        } else {
            System.setProperty(KEY_PROPERTY, previousKey);
        }
    }

    static Result run(String... args) {
        StringWriter output = new StringWriter();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        // Before the command line is made: picocli's legacy handler remembers System.out when it is made,
        // and if that differs from System.out at execute() it replaces the writer set below.
        System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            CommandLine commandLine = NyckeltalCli.commandLine();
            commandLine.setOut(new PrintWriter(output, true));
            commandLine.setErr(new PrintWriter(output, true));
            exitCode = commandLine.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Result(exitCode, output.toString(), console.toString(StandardCharsets.UTF_8));
    }

    /** Writes through to the real console and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            console.flush();
        }
    }
}
