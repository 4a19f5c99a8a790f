package se.nyckeltal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One or two Swedish sentences about an indicator's year, written from the same figures as the
 * indicator table and formatted by {@link SwedishNumberFormat} exactly as its cells, so that the
 * text can never say a number the table does not show, e.g. "Antalet kundfakturor per årsarbetare
 * och månad var i genomsnitt 5 423 år 2017 (5 378 år 2016), en ökning och en förbättring.
 * Nämndens mål, 5 800, uppnåddes inte."
 *
 * <p>Changes are words (higher, lower, unchanged), judged on the rounded figures, so that the text
 * never calls two equal-looking figures different; whether a change is good follows the
 * catalogue's direction. A withheld value (disclosure control) is said to be withheld, with no
 * number, no change and no target status, since any of these would tell something about it.
 */
final class ReportText {

    /** Definite forms of the first word of the catalogue's names ("Antal kundfakturor" → "Antalet kundfakturor"). */
    private static final Map<String, String> DEFINITE = Map.of(
            "Antal", "Antalet",
            "Andel", "Andelen",
            "Sjukfrånvaro", "Sjukfrånvaron",
            "Anträffbarhet", "Anträffbarheten");

    private static final String AVERAGE_SUFFIX = ", genomsnitt";

    static final String WITHHELD = "visas inte av sekretesskäl: uppgiften gäller så få personer att den"
            + " skulle kunna röja enskildas förhållanden (röjandekontroll)";

    private ReportText() {}

    /**
     * The figures of one indicator and year, at full precision, as in {@code report.indicator_table}.
     *
     * @param period             how the year is named: "år 2017", or "januari–mars 2017" for a partial year
     * @param direction          {@code higher}, {@code lower} or {@code none}
     * @param outcomeWithheld    the year's value is suppressed (disclosure control)
     * @param previousWithheld   the previous year's value is suppressed
     * @param boardTargetMet     as {@code board_target_met}: null without target, outcome or direction
     */
    record Figures(
            String name,
            String unit,
            String direction,
            int year,
            String period,
            Double outcome,
            boolean outcomeWithheld,
            Double previousYear,
            boolean previousWithheld,
            Double boardTarget,
            Boolean boardTargetMet,
            Double councilTarget,
            Boolean councilTargetMet) {}

    static String of(Figures f) {
        String subject = subject(f.name());
        String verb = f.name().endsWith(AVERAGE_SUFFIX) ? "var i genomsnitt " : "var ";
        List<String> sentences = new ArrayList<>();
        BigDecimal outcome = SwedishNumberFormat.rounded(f.outcome(), f.unit());
        if (f.outcomeWithheld()) {
            sentences.add(subject + " för " + f.period() + " " + WITHHELD + ".");
            sentences.add(targetsWithoutStatus(f));
        } else if (outcome == null) {
            sentences.add(f.name() + ": uppgift saknas för " + f.period() + ".");
            sentences.add(targetsWithoutStatus(f));
        } else {
            String during = f.period().startsWith("år ") ? f.period() : "under " + f.period();
            sentences.add(subject + " " + verb + SwedishNumberFormat.outcome(f.outcome(), f.unit()) + " " + during
                    + previousYear(f, outcome) + ".");
            sentences.add(targets(f));
        }
        return String.join(" ", sentences.stream().filter(s -> !s.isEmpty()).toList());
    }

    /**
     * "Antal kundfakturor per årsarbetare och månad, genomsnitt" → "Antalet kundfakturor per
     * årsarbetare och månad"; a name with a comma inside is closed by one ("Sjukfrånvaron, 29 år
     * eller yngre,") so that the verb follows it as Swedish punctuation wants.
     */
    static String subject(String name) {
        String subject =
                name.endsWith(AVERAGE_SUFFIX) ? name.substring(0, name.length() - AVERAGE_SUFFIX.length()) : name;
        int space = subject.indexOf(' ');
        String first = space < 0 ? subject : subject.substring(0, space);
        String firstComma = first.endsWith(",") ? first.substring(0, first.length() - 1) : first;
        String definite = DEFINITE.get(firstComma);
        if (definite != null) {
            subject = definite + subject.substring(firstComma.length());
        }
        return subject.contains(",") ? subject + "," : subject;
    }

    private static String previousYear(Figures f, BigDecimal outcome) {
        String previousPeriod = "år " + (f.year() - 1);
        if (f.previousWithheld()) {
            return "; uppgiften för " + previousPeriod + " visas inte av sekretesskäl (röjandekontroll)";
        }
        BigDecimal previous = SwedishNumberFormat.rounded(f.previousYear(), f.unit());
        if (previous == null) {
            return "; uppgift för " + previousPeriod + " saknas";
        }
        return " (" + SwedishNumberFormat.outcome(f.previousYear(), f.unit()) + " " + previousPeriod + "), "
                + change(outcome.compareTo(previous), f.direction());
    }

    private static String change(int sign, String direction) {
        if (sign == 0) {
            return "oförändrat";
        }
        String change = sign > 0 ? "en ökning" : "en minskning";
        boolean better = "higher".equals(direction) ? sign > 0 : sign < 0;
        return "higher".equals(direction) || "lower".equals(direction)
                ? change + " och " + (better ? "en förbättring" : "en försämring")
                : change;
    }

    /** "Nämndens mål, 5 800, uppnåddes inte." with the council's target joined to it; empty without targets. */
    private static String targets(Figures f) {
        List<String> parts = new ArrayList<>();
        List<Boolean> statuses = new ArrayList<>();
        if (f.boardTarget() != null) {
            parts.add(target("Nämndens mål", f.boardTarget(), f.boardTargetMet(), f.unit()));
            statuses.add(f.boardTargetMet());
        }
        if (f.councilTarget() != null) {
            parts.add(target("kommunfullmäktiges mål", f.councilTarget(), f.councilTargetMet(), f.unit()));
            statuses.add(f.councilTargetMet());
        }
        if (parts.isEmpty()) {
            return "higher".equals(f.direction()) || "lower".equals(f.direction())
                    ? "Inget mål var satt för år " + f.year() + "."
                    : "";
        }
        String joint =
                parts.size() == 2 && statuses.get(0) != null && !statuses.get(0).equals(statuses.get(1))
                        ? ", men "
                        : " och ";
        return capitalised(String.join(joint, parts)) + ".";
    }

    private static String target(String whose, double target, Boolean met, String unit) {
        String value = SwedishNumberFormat.target(target, unit);
        if (met == null) {
            return whose + " var " + value;
        }
        return whose + ", " + value + ", " + (met ? "uppnåddes" : "uppnåddes inte");
    }

    /** Targets of a year without a figure to compare: stated, never judged. */
    private static String targetsWithoutStatus(Figures f) {
        List<String> parts = new ArrayList<>();
        if (f.boardTarget() != null) {
            parts.add(target("Nämndens mål", f.boardTarget(), null, f.unit()));
        }
        if (f.councilTarget() != null) {
            parts.add(target("kommunfullmäktiges mål", f.councilTarget(), null, f.unit()));
        }
        return parts.isEmpty() ? "" : capitalised(String.join(" och ", parts)) + ".";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
