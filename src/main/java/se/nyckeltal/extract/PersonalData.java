package se.nyckeltal.extract;

/**
 * Keeps personal identity numbers out of everything the reader reports (reasons, raw lines, warnings,
 * messages), as defence in depth beside masking the employee_ref field itself. Runs only on the
 * reject path, so the free-text rule of {@link IdentityNumbers#mask} (no check digit needed) is affordable.
 */
final class PersonalData {

    static final String MASK = IdentityNumbers.MASK;

    private PersonalData() {}

    /** The text with every personal identity number shape replaced by {@value #MASK}. */
    static String mask(String text) {
        return IdentityNumbers.mask(text);
    }
}
