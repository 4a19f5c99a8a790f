package se.nyckeltal.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sets the pseudonym key as a system property for the commands a test class runs in-process,
 * and restores what was there afterwards: {@code @RegisterExtension static final
 * PseudonymKeyProperty KEY = new PseudonymKeyProperty("…at least 32 bytes…");}
 */
public final class PseudonymKeyProperty implements BeforeAllCallback, AfterAllCallback {

    private static final String PROPERTY = "nyckeltal.pseudonym.key";

    private final String key;
    private String previous;

    public PseudonymKeyProperty(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        previous = System.setProperty(PROPERTY, key);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }
}
