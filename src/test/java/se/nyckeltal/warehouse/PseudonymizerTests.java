package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PseudonymizerTests {

    @Test
    void isHmacSha256InHex() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
        Pseudonymizer pseudonymizer = new Pseudonymizer("Jefe".getBytes(StandardCharsets.UTF_8));
        assertThat(pseudonymizer.pseudonym("what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void sameReferenceSamePseudonymOtherKeyOtherPseudonym() {
        Pseudonymizer a = new Pseudonymizer("key-a".getBytes(StandardCharsets.UTF_8));
        Pseudonymizer b = new Pseudonymizer("key-b".getBytes(StandardCharsets.UTF_8));
        assertThat(a.pseudonym("19121212-1212"))
                .isEqualTo(a.newFunction().apply("19121212-1212"))
                .isNotEqualTo(b.pseudonym("19121212-1212"))
                .doesNotContain("1212");
    }

    @Test
    void theKeyFingerprintTellsKeysApartWithoutShowingThem() {
        byte[] keyA = "a-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);
        byte[] keyB = "b-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);
        String fingerprintA = new Pseudonymizer(keyA).keyFingerprint();
        assertThat(fingerprintA)
                .hasSize(64)
                .isEqualTo(new Pseudonymizer(keyA.clone()).keyFingerprint())
                .isNotEqualTo(new Pseudonymizer(keyB).keyFingerprint())
                .isNotEqualTo(HexFormat.of().formatHex(keyA));
    }
}
