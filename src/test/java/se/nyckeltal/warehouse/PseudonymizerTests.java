package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.nyckeltal.cli.UserError;

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
        assertThat(a.pseudonym("19121212-1212")).isEqualTo(a.newFunction().apply("19121212-1212"))
                .isNotEqualTo(b.pseudonym("19121212-1212"))
                .doesNotContain("1212");
    }

    @Test
    void environmentVariableWinsOverConfigurationAndFile(@TempDir Path dir) {
        PseudonymProperties properties = new PseudonymProperties("from-config", dir.resolve("k"));
        assertThat(PseudonymKeys.resolve(properties, Map.of(PseudonymKeys.ENVIRONMENT_VARIABLE, "from-env")))
                .isEqualTo("from-env".getBytes(StandardCharsets.UTF_8));
        assertThat(PseudonymKeys.resolve(properties, Map.of()))
                .isEqualTo("from-config".getBytes(StandardCharsets.UTF_8));
        assertThat(dir.resolve("k")).doesNotExist();
    }

    @Test
    void createsAnOwnerOnlyKeyFileOnceAndReusesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config/nyckeltal/pseudonym.key");
        PseudonymProperties properties = new PseudonymProperties(null, file);
        byte[] first = PseudonymKeys.resolve(properties, Map.of());
        byte[] second = PseudonymKeys.resolve(properties, Map.of());
        assertThat(first).isEqualTo(second).hasSizeGreaterThan(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void defaultKeyFileFollowsXdgConfigHome() {
        assertThat(PseudonymKeys.defaultKeyFile(Map.of("XDG_CONFIG_HOME", "/etc/xdg")))
                .isEqualTo(Path.of("/etc/xdg/nyckeltal/pseudonym.key"));
    }

    @Test
    void refusesAKeyFileOthersCanRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pseudonym.key");
        Files.writeString(file, "secret");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("readable by group or others")
                .hasMessageContaining("chmod 600")
                .hasMessageNotContaining("secret");
    }
}
