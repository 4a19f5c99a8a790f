package se.nyckeltal.monitoring;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus's text exposition format (version 0.0.4), as the node exporter's
 * textfile collector reads it: every line a HELP, a TYPE or a sample; HELP and TYPE once per
 * metric and before its samples; a metric's samples together; no series twice; a final newline.
 * Fails on anything else, so a file it reads is one the collector accepts.
 */
final class PrometheusTextFormat {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final String VALUE = "[-+]?(?:[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|NaN|Inf)";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (?:[^\\\\\\n]|\\\\[\\\\n])*");
    private static final Pattern TYPE =
            Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile(
            "(" + NAME + ")(\\{(?:" + LABEL + "(?:," + LABEL + ")*)?\\})? (" + VALUE + ")(?: -?[0-9]+)?");

    private PrometheusTextFormat() {}

    /** Every sample, keyed by its series as written ({@code name} or {@code name{label="value"}}). */
    static Map<String, Double> parse(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the file does not end with a newline");
        }
        Map<String, Double> samples = new LinkedHashMap<>();
        Set<String> helped = new HashSet<>();
        Set<String> typed = new HashSet<>();
        Set<String> finished = new HashSet<>();
        String current = null;
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty() && number == text.split("\n", -1).length) {
                break;
            }
            Matcher help = HELP.matcher(line);
            Matcher type = TYPE.matcher(line);
            Matcher sample = SAMPLE.matcher(line);
            String name;
            if (help.matches()) {
                name = help.group(1);
                require(helped.add(name) && !typed.contains(name), number, "HELP twice or after TYPE for " + name);
            } else if (type.matches()) {
                name = type.group(1);
                require(typed.add(name), number, "TYPE twice for " + name);
            } else if (sample.matches()) {
                name = sample.group(1);
                require(
                        typed.contains(name) && helped.contains(name),
                        number,
                        "sample before HELP and TYPE of " + name);
                String series = name + (sample.group(2) == null ? "" : sample.group(2));
                String value = sample.group(3);
                require(
                        samples.put(
                                        series,
                                        value.endsWith("Inf")
                                                ? (value.startsWith("-")
                                                        ? Double.NEGATIVE_INFINITY
                                                        : Double.POSITIVE_INFINITY)
                                                : Double.parseDouble(value))
                                == null,
                        number,
                        "series twice: " + series);
            } else {
                throw new IllegalArgumentException("line " + number + " is not in the text format: " + line);
            }
            if (!name.equals(current)) {
                require(finished.add(name) || name.equals(current), number, "samples of " + name + " not together");
                current = name;
            }
        }
        return samples;
    }

    private static void require(boolean condition, int line, String what) {
        if (!condition) {
            throw new IllegalArgumentException("line " + line + ": " + what);
        }
    }
}
