package se.nyckeltal.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the generated regions of a hand-written markdown document. A region is delimited by
 * {@code <!-- generated:NAME -->} and {@code <!-- /generated:NAME -->} on lines of their own;
 * everything outside the regions is kept as written, so the prose and the example queries are
 * edited in the document itself and only the parts that describe the schema are regenerated.
 */
final class GeneratedRegions {

    private GeneratedRegions() {}

    static String replace(String document, String region, String content) {
        String start = "<!-- generated:" + region + " -->\n";
        String end = "<!-- /generated:" + region + " -->";
        Pattern pattern = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL);
        if (document.indexOf(start) != document.lastIndexOf(start)) {
            throw new IllegalStateException("The document has region '" + region + "' twice");
        }
        Matcher matcher = pattern.matcher(document);
        if (!matcher.find()) {
            throw new IllegalStateException(
                    "The document has no region '" + region + "': it needs the lines " + start.strip() + " and " + end);
        }
        String body = content.endsWith("\n") ? content : content + "\n";
        return matcher.replaceFirst(Matcher.quoteReplacement(start + body + end));
    }
}
