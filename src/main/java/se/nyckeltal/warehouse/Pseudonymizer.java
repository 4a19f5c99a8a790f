package se.nyckeltal.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces an employee reference by a keyed one-way pseudonym: HMAC-SHA256 of the reference
 * (UTF-8) under the pseudonym key, as 64 lower-case hex digits. The same reference gets the
 * same pseudonym in every run with the same key; without the key it cannot be reversed, not
 * even by hashing every possible personal identity number.
 */
public class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";
    /**
     * What the key's fingerprint is the HMAC of. It starts with a NUL, which no delivered field may hold,
     * so that it is never an employee's pseudonym.
     */
    private static final String FINGERPRINT_LABEL = "\0nyckeltal pseudonym key fingerprint";

    private final SecretKeySpec key;

    public Pseudonymizer(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("empty pseudonym key");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A function for one thread: {@link Mac} instances are not thread-safe. */
    public Function<String, String> newFunction() {
        Mac mac = newMac();
        HexFormat hex = HexFormat.of();
        return reference -> hex.formatHex(mac.doFinal(reference.getBytes(StandardCharsets.UTF_8)));
    }

    public String pseudonym(String reference) {
        return newFunction().apply(reference);
    }

    /**
     * Tells keys apart without revealing them: HMAC-SHA256 of a fixed label under the key. The
     * warehouse stores it to refuse a run with another key.
     */
    public String keyFingerprint() {
        return pseudonym(FINGERPRINT_LABEL);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
