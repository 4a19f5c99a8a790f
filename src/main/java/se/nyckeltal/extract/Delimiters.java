package se.nyckeltal.extract;

/** The three delimiters the contract allows, and how to tell them from the header line. */
final class Delimiters {

    static final char SEMICOLON = ';';
    static final char COMMA = ',';
    static final char TAB = '\t';

    private Delimiters() {}

    static boolean isSupported(char c) {
        return c == SEMICOLON || c == COMMA || c == TAB;
    }

    /**
     * The delimiter that occurs most often outside quotes in the header line. Ties and a header
     * without any delimiter go to {@code ;}, the usual Swedish export, then TAB, then {@code ,}.
     */
    static char detect(CharSequence headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == SEMICOLON) {
                    semicolons++;
                } else if (c == COMMA) {
                    commas++;
                } else if (c == TAB) {
                    tabs++;
                }
            }
        }
        if (semicolons >= tabs && semicolons >= commas) {
            return SEMICOLON;
        }
        return tabs >= commas ? TAB : COMMA;
    }

    /** For messages: {@code ';'}, {@code ','} or {@code TAB}. */
    static String describe(char delimiter) {
        return delimiter == TAB ? "TAB" : "'" + delimiter + "'";
    }
}
