package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The check of the generated text against the table ({@link ReportTextNumbers}) fails when it should. */
class ReportTextNumbersTests {

    private static final String NBSP = "\u00A0";

    /** A table row of the report as the template writes it: name, outcome, women, men, previous, targets. */
    private static String page(String text) {
        return "<tr data-indicator=\"HR_SICK_LEAVE_AGE_29_PCT\" id=\"nyckeltal-1-rad\">"
                + "<th scope=\"row\" class=\"indicator\"><a href=\"#nyckeltal-1\">Sjukfrånvaro, 29 år eller yngre</a></th>"
                + "<td class=\"num outcome\"><a href=\"#nyckeltal-1-utfall\">1,5" + NBSP + "%</a></td>"
                + "<td class=\"num women\"></td><td class=\"num men\"></td>"
                + "<td class=\"num previous\"><a href=\"#nyckeltal-1-fjol\">1,2" + NBSP + "%</a></td>"
                + "<td class=\"num board-target\"><a href=\"#nyckeltal-1-text\">2,0" + NBSP + "%</a></td>"
                + "<td class=\"status board-status met\">✓</td><td class=\"num council-target\"></td>"
                + "<td class=\"status council-status none\"></td></tr>\n"
                + "<p class=\"generated-text\" data-indicator=\"HR_SICK_LEAVE_AGE_29_PCT\">" + text + "</p>";
    }

    private static int check(String text) {
        return ReportTextNumbers.assertEveryNumberIsATableFigure(page(text), "# x\n\n" + text + "\n");
    }

    @Test
    void theFiguresOfTheRowPassYearsAndTheNumbersOfTheNameAreNotFigures() {
        assertThat(check("Sjukfrånvaron, 29 år eller yngre, var 1,5" + NBSP + "% år 2017 (1,2" + NBSP
                        + "% år 2016), en ökning och en försämring. Nämndens mål, 2,0" + NBSP + "%, uppnåddes."))
                .isEqualTo(3);
    }

    @Test
    void anUnroundedADifferentlyRoundedOrAUnitlessFigureFails() {
        assertThatThrownBy(() -> check("Sjukfrånvaron, 29 år eller yngre, var 1,45" + NBSP + "% år 2017."))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check("Sjukfrånvaron, 29 år eller yngre, var 1,4" + NBSP + "% år 2017."))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check("Sjukfrånvaron, 29 år eller yngre, var 1,5 år 2017."))
                .isInstanceOf(AssertionError.class);
        // A change as a number is not a figure of the table.
        assertThatThrownBy(() -> check("Sjukfrånvaron, 29 år eller yngre, var 1,5" + NBSP
                        + "% år 2017, 0,3 procentenheter mer än år 2016."))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aTextMissingFromTheMarkdownFileFails() {
        String text = "Sjukfrånvaron, 29 år eller yngre, var 1,5" + NBSP + "% år 2017.";
        assertThatThrownBy(() -> ReportTextNumbers.assertEveryNumberIsATableFigure(page(text), "# x\n"))
                .isInstanceOf(AssertionError.class);
    }
}
