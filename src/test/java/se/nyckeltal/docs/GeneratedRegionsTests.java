package se.nyckeltal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratedRegionsTests {

    @Test
    void replacesOnlyTheRegionAndKeepsTheHandWrittenText() {
        String document = """
                # Title
                prose before
                <!-- generated:tables -->
                old table
                <!-- /generated:tables -->
                prose after
                """;

        String result = GeneratedRegions.replace(document, "tables", "new table");

        assertThat(result).isEqualTo("""
                # Title
                prose before
                <!-- generated:tables -->
                new table
                <!-- /generated:tables -->
                prose after
                """);
        // regenerating what was just generated changes nothing
        assertThat(GeneratedRegions.replace(result, "tables", "new table")).isEqualTo(result);
    }

    @Test
    void replacementTextWithDollarsAndBackslashesIsTakenLiterally() {
        String document = "<!-- generated:x -->\n<!-- /generated:x -->\n";

        assertThat(GeneratedRegions.replace(document, "x", "a $1 \\| b"))
                .isEqualTo("<!-- generated:x -->\na $1 \\| b\n<!-- /generated:x -->\n");
    }

    @Test
    void refusesADocumentWithoutTheRegionOrWithItTwice() {
        assertThatThrownBy(() -> GeneratedRegions.replace("# no markers\n", "tables", "t"))
                .hasMessageContaining("no region 'tables'")
                .hasMessageContaining("<!-- generated:tables -->");
        String twice = "<!-- generated:t -->\n<!-- /generated:t -->\n<!-- generated:t -->\n<!-- /generated:t -->\n";
        assertThatThrownBy(() -> GeneratedRegions.replace(twice, "t", "x")).hasMessageContaining("twice");
    }
}
