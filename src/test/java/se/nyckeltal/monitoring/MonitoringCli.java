package se.nyckeltal.monitoring;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;

/**
 * Runs the real command line in this JVM with configuration given as system properties for the
 * one command (as {@code -Dname=value} before {@code -jar} would), and keeps what it printed.
 */
final class MonitoringCli {

    record Result(int exitCode, String output) {}

    private final Map<String, String> properties = new LinkedHashMap<>();

    MonitoringCli with(String name, String value) {
        properties.put(name, value);
        return this;
    }

    Result run(String... args) {
        Map<String, String> previous = new LinkedHashMap<>();
        properties.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        try {
            StringWriter out = new StringWriter();
            CommandLine commandLine = NyckeltalCli.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(out, true));
            return new Result(commandLine.execute(args), out.toString());
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }
}
