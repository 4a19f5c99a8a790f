package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated sentences on hand-made figures; every expected number rounded by hand. */
class ReportTextTests {

    private static final String NBSP = "\u00A0";
    private static final String PER_FTE = "Antal kundfakturor per årsarbetare och månad, genomsnitt";

    private static ReportText.Figures figures(
            String name,
            String unit,
            String direction,
            Double outcome,
            boolean outcomeWithheld,
            Double previous,
            boolean previousWithheld,
            Double board,
            Boolean boardMet,
            Double council,
            Boolean councilMet) {
        return new ReportText.Figures(
                name,
                unit,
                direction,
                2017,
                "år 2017",
                outcome,
                outcomeWithheld,
                previous,
                previousWithheld,
                board,
                boardMet,
                council,
                councilMet);
    }

    @Test
    void outcomePreviousYearChangeAndATargetNotMet() {
        // 5 423,4 → 5 423; 5 378,2 → 5 378; higher is better and it rose: an improvement.
        assertThat(ReportText.of(
                        figures(PER_FTE, "st", "higher", 5423.4, false, 5378.2, false, 5800.0, false, null, null)))
                .isEqualTo("Antalet kundfakturor per årsarbetare och månad var i genomsnitt 5" + NBSP
                        + "423 år 2017 (5" + NBSP + "378 år 2016), en ökning och en förbättring. Nämndens mål, 5"
                        + NBSP + "800, uppnåddes inte.");
    }

    @Test
    void lowerIsBetterAndTheTwoTargetsDisagree() {
        // 6.65 → 6,7 (half away from zero); 6.1 → 6,1; it rose, lower is better: worse.
        assertThat(ReportText.of(figures("Sjukfrånvaro", "%", "lower", 6.65, false, 6.1, false, 6.0, false, 7.0, true)))
                .isEqualTo("Sjukfrånvaron var 6,7" + NBSP + "% år 2017 (6,1" + NBSP
                        + "% år 2016), en ökning och en försämring. Nämndens mål, 6,0" + NBSP
                        + "%, uppnåddes inte, men kommunfullmäktiges mål, 7,0" + NBSP + "%, uppnåddes.");
        // Fell, lower is better: better; both targets met.
        assertThat(ReportText.of(figures("Sjukfrånvaro", "%", "lower", 5.94, false, 6.1, false, 6.0, true, 7.0, true)))
                .isEqualTo("Sjukfrånvaron var 5,9" + NBSP + "% år 2017 (6,1" + NBSP
                        + "% år 2016), en minskning och en förbättring. Nämndens mål, 6,0" + NBSP
                        + "%, uppnåddes och kommunfullmäktiges mål, 7,0" + NBSP + "%, uppnåddes.");
    }

    @Test
    void figuresThatLookEqualInTheTableAreUnchangedInTheText() {
        // 86.04 and 85.96 both print as 86,0 %: the text must not call one higher.
        assertThat(ReportText.of(
                        figures("Anträffbarhet", "%", "higher", 86.04, false, 85.96, false, 90.0, false, null, null)))
                .isEqualTo("Anträffbarheten var 86,0" + NBSP + "% år 2017 (86,0" + NBSP
                        + "% år 2016), oförändrat. Nämndens mål, 90,0" + NBSP + "%, uppnåddes inte.");
    }

    @Test
    void withoutPreviousYearOrTargetAndWithoutDirection() {
        // Direction none: a change, no judgement, and no word about targets.
        assertThat(ReportText.of(figures(
                        "Antal kundfakturor", "st", "none", 1950.0, false, null, false, null, null, null, null)))
                .isEqualTo("Antalet kundfakturor var 1" + NBSP + "950 år 2017; uppgift för år 2016 saknas.");
        // A direction but no target: said.
        assertThat(ReportText.of(figures(
                        "Andel löner via försystem", "%", "higher", 93.25, false, 92.0, false, null, null, null, null)))
                .isEqualTo("Andelen löner via försystem var 93,3" + NBSP + "% år 2017 (92,0" + NBSP
                        + "% år 2016), en ökning och en förbättring. Inget mål var satt för år 2017.");
        // A target with direction none: stated, not judged (the table has no status either).
        assertThat(ReportText.of(figures(
                        "Antal kundfakturor", "st", "none", 1950.0, false, 1950.4, false, 2000.0, null, null, null)))
                .isEqualTo("Antalet kundfakturor var 1" + NBSP + "950 år 2017 (1" + NBSP
                        + "950 år 2016), oförändrat. Nämndens mål var 2" + NBSP + "000.");
    }

    @Test
    void aWithheldValueIsSaidToBeWithheldWithoutAnyNumberOrJudgement() {
        String text = ReportText.of(figures(
                "Sjukfrånvaro, 29 år eller yngre", "%", "lower", null, true, 4.2, false, 5.0, null, null, null));
        assertThat(text)
                .isEqualTo("Sjukfrånvaron, 29 år eller yngre, för år 2017 " + ReportText.WITHHELD
                        + ". Nämndens mål var 5,0" + NBSP + "%.");
        // No figure of the year, no change, no previous year (which with a change would bound it).
        assertThat(text).doesNotContain("4,2", "ökning", "minskning", "uppnåddes");
        // The previous year withheld: the year's figure, nothing about the year before.
        assertThat(ReportText.of(figures(
                        "Sjukfrånvaro, 29 år eller yngre",
                        "%",
                        "lower",
                        1.45,
                        false,
                        null,
                        true,
                        null,
                        null,
                        null,
                        null)))
                .isEqualTo("Sjukfrånvaron, 29 år eller yngre, var 1,5" + NBSP
                        + "% år 2017; uppgiften för år 2016 visas inte av sekretesskäl (röjandekontroll)."
                        + " Inget mål var satt för år 2017.");
    }

    @Test
    void aMissingFigureIsSaidToBeMissing() {
        assertThat(ReportText.of(figures(
                        "Antal administrerade löner", "st", "none", null, false, 12.0, false, null, null, null, null)))
                .isEqualTo("Antal administrerade löner: uppgift saknas för år 2017.");
    }

    @Test
    void aPartialYearIsNamedByItsMonths() {
        assertThat(ReportText.of(new ReportText.Figures(
                        "Antal kundfakturor",
                        "st",
                        "none",
                        2017,
                        "januari–mars 2017",
                        330.0,
                        false,
                        1200.0,
                        false,
                        null,
                        null,
                        null,
                        null)))
                .isEqualTo("Antalet kundfakturor var 330 under januari–mars 2017 (1" + NBSP
                        + "200 år 2016), en minskning.");
    }

    @Test
    void subjectsOfTheCatalogueNames() {
        assertThat(ReportText.subject(PER_FTE)).isEqualTo("Antalet kundfakturor per årsarbetare och månad");
        assertThat(ReportText.subject("Andel långtidssjukfrånvaro (60 dagar eller mer)"))
                .isEqualTo("Andelen långtidssjukfrånvaro (60 dagar eller mer)");
        assertThat(ReportText.subject("Sjukfrånvaro dag 1–14")).isEqualTo("Sjukfrånvaron dag 1–14");
        assertThat(ReportText.subject("Sjukfrånvaro, 50 år eller äldre"))
                .isEqualTo("Sjukfrånvaron, 50 år eller äldre,");
        assertThat(ReportText.subject("Antal årsarbetare, genomsnitt")).isEqualTo("Antalet årsarbetare");
        assertThat(ReportText.subject("Okänt nyckeltal")).isEqualTo("Okänt nyckeltal");
    }
}
