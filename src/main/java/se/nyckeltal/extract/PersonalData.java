package se.nyckeltal.extract;

import java.util.regex.Pattern;

/**
 * Keeps personal identity numbers out of everything the reader reports (reasons, raw lines, warnings,
 * messages), as defence in depth beside masking the employee_ref field itself. Runs only on the
 * reject path, so a regular expression is affordable.
 */
final class PersonalData {

    static final String MASK = "***";

    /** 10 or 12 digits, optionally with {@code -} or {@code +} before the last four, not inside a longer number. */
    private static final Pattern PERSONAL_IDENTITY_NUMBER =
            Pattern.compile("(?<![0-9])(?:[0-9]{8}|[0-9]{6})[-+]?[0-9]{4}(?![0-9])");

    private PersonalData() {
    }

    /** The text with every personal identity number pattern replaced by {@value #MASK}. */
    static String mask(String text) {
        if (text == null || !mayHoldIdentityNumber(text)) {
            return text;
        }
        return PERSONAL_IDENTITY_NUMBER.matcher(text).replaceAll(MASK);
    }

    /** Cheap pre-check: ten digits at least, or the regular expression cannot match. */
    private static boolean mayHoldIdentityNumber(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits >= 10) {
                return true;
            }
        }
        return false;
    }
}
