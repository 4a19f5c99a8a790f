package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTests {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        List<String> statements = SqlScript.split("""
                -- a comment; not a statement
                SELECT 'a;b' AS "x;y";  /* block; comment */
                SELECT 'it''s';
                ;
                """);
        assertThat(statements).containsExactly("SELECT 'a;b' AS \"x;y\"", "SELECT 'it''s'");
    }
}
