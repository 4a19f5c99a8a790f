package se.nyckeltal.load;

import se.nyckeltal.extract.IdentityNumbers;

/**
 * How a delivery's name is stored and printed (meta.load_file, report.load_runs, rejected_rows,
 * messages, logs): a personal identity number in it masked ({@code sick_leave/intyg-***.csv}), and
 * control and invisible formatting characters (a line break, an escape sequence, a right-to-left
 * override) shown as {@code \n} or {@code \}{@code u001b}, so that a name cannot forge or hide a line of a
 * log or a terminal.
 */
public final class DisplayNames {

    private DisplayNames() {}

    /** @param relativeName the path relative to the input folder, with {@code /} */
    public static String of(String relativeName) {
        return IdentityNumbers.maskInName(escapeControls(relativeName));
    }

    /** True when a stored name may differ from the file's real name (and the file must be looked up). */
    static boolean mayBeAltered(String storedName) {
        return storedName.contains(IdentityNumbers.MASK) || storedName.indexOf('\\') >= 0;
    }

    private static String escapeControls(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            boolean escape = type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || c == '\\';
            if (escape && out == null) {
                out = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (out != null) {
                if (!escape) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else if (c == '\\') {
                    out.append("\\\\");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? name : out.toString();
    }
}
