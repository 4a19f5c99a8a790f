package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the generated text against the tables of the same report, reading only what a reader
 * reads: every number of an indicator's sentences (years and the numbers of the indicator's own
 * name, like the "29" of "29 år eller yngre", left out) is one of the figures of the indicator's
 * table row, character for character (rounding, grouping, decimal comma, percent sign), and the
 * Markdown file holds the same sentences.
 */
public final class ReportTextNumbers {

    private static final Pattern TABLE_ROW =
            Pattern.compile("<tr data-indicator=\"([^\"]*)\" id=\"[^\"]*\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);
    private static final Pattern TEXT =
            Pattern.compile("<p class=\"generated-text\" data-indicator=\"([^\"]*)\">([^<]*)</p>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    /** A year as the text writes it: four digits, never grouped (a figure of 2 017 would be grouped). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d\u00A0,])(19|20)\\d\\d(?![\\d\u00A0,])");
    /** A number as SwedishNumberFormat writes it: groups of three after a no-break space, decimal comma, %. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:\u00A0\\d{3})*(?:,\\d+)?(?:\u00A0%)?");

    private ReportTextNumbers() {}

    /** @return how many numbers were checked (so that a caller can see the check was not empty) */
    public static int assertEveryNumberIsATableFigure(String html, String markdown) {
        Map<String, List<String>> rows = tableRows(html);
        Matcher text = TEXT.matcher(html);
        int checked = 0;
        int texts = 0;
        while (text.find()) {
            String code = text.group(1);
            String sentences = unescaped(text.group(2));
            assertThat(rows).as("table row of %s", code).containsKey(code);
            assertThat(markdown).as("Markdown text of %s", code).contains("\n" + sentences + "\n");
            List<String> row = rows.get(code);
            List<String> figures = row.subList(1, row.size());
            String withoutName =
                    nameTail(row.get(0)).isEmpty() ? sentences : sentences.replace(nameTail(row.get(0)), " ");
            Matcher number = NUMBER.matcher(YEAR.matcher(withoutName).replaceAll("YYYY"));
            while (number.find()) {
                assertThat(figures)
                        .as("'%s' in the text of %s: %s", number.group(), code, sentences)
                        .contains(number.group());
                checked++;
            }
            texts++;
        }
        assertThat(texts).as("generated texts").isEqualTo(rows.size());
        return checked;
    }

    /** The name after its first word, without ", genomsnitt": the part the text repeats as given. */
    private static String nameTail(String name) {
        String subject = name.endsWith(", genomsnitt") ? name.substring(0, name.length() - 12) : name;
        int space = subject.indexOf(' ');
        return space < 0 ? "" : subject.substring(space);
    }

    /** Per indicator: the name, then the text of every cell (figures, targets; status cells too). */
    private static Map<String, List<String>> tableRows(String html) {
        Map<String, List<String>> rows = new HashMap<>();
        Matcher row = TABLE_ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(unescaped(TAG.matcher(cell.group(1)).replaceAll("").strip()));
            }
            rows.put(row.group(1), cells);
        }
        return rows;
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
