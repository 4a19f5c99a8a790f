package se.nyckeltal.indicators;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.nyckeltal.warehouse.SqlScript;

/**
 * One model under {@code sql/models/<schema>/<name>.sql}: a single {@code CREATE OR REPLACE VIEW}
 * (or table {@code MACRO}) named {@code <schema>.<name>} after its file, and the
 * {@code core.*}/{@code report.*} names its statement mentions (comments left out), from which
 * {@link ModelOrder} derives the order of creation.
 */
record SqlModel(String name, SqlScript script, Set<String> references) {

    private static final Pattern PATH = Pattern.compile("models/(\\w+)/(\\w+)\\.sql");
    private static final Pattern DEFINITION =
            Pattern.compile("^CREATE OR REPLACE (?:VIEW|MACRO) (\\w+\\.\\w+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:core|report)\\.\\w+\\b");

    static SqlModel load(String path) {
        Matcher file = PATH.matcher(path);
        if (!file.matches()) {
            throw new IllegalStateException("sql/" + path + ": a model is sql/models/<schema>/<name>.sql");
        }
        String name = file.group(1) + "." + file.group(2);
        SqlScript script = SqlScript.load(path);
        if (script.statements().size() != 1) {
            throw new IllegalStateException("sql/" + path + ": a model is exactly one statement");
        }
        String statement = script.statements().get(0);
        Matcher definition = DEFINITION.matcher(statement);
        if (!definition.find() || !definition.group(1).equals(name)) {
            throw new IllegalStateException(
                    "sql/" + path + ": a model is one CREATE OR REPLACE VIEW (or MACRO) " + name + " AS …");
        }
        Set<String> references = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(statement.substring(definition.end()));
        while (reference.find()) {
            references.add(reference.group());
        }
        references.remove(name);
        return new SqlModel(name, script, Set.copyOf(references));
    }
}
