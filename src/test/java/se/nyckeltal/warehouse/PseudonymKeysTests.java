package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.nyckeltal.warehouse.jooq.meta.Tables.PSEUDONYM_KEY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.failure.UserError;
import se.nyckeltal.support.TestWarehouse;

/** Where the pseudonym key comes from, what a key file must be, and the warehouse's memory of its key. */
class PseudonymKeysTests {

    static final String KEY_A = "a-key-of-at-least-thirty-two-bytes";
    static final String KEY_B = "b-key-of-at-least-thirty-two-bytes";
    /** The key file's content in the tests that plant one: 44 characters of base64. */
    static final String FILE_KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

    @TempDir
    Path dir;

    @Test
    void environmentVariableWinsOverConfigurationAndFile() {
        PseudonymProperties properties = new PseudonymProperties(KEY_B, dir.resolve("k"));
        assertThat(PseudonymKeys.resolve(properties, Map.of(PseudonymKeys.ENVIRONMENT_VARIABLE, KEY_A)))
                .isEqualTo(KEY_A.getBytes(StandardCharsets.UTF_8));
        assertThat(PseudonymKeys.resolve(properties, Map.of())).isEqualTo(KEY_B.getBytes(StandardCharsets.UTF_8));
        assertThat(dir.resolve("k")).doesNotExist();
    }

    @Test
    void keysShorterThan32BytesAreRefusedWithHowToMakeOne() throws Exception {
        String shortKey = "thirty-one-bytes-long-key-xxxxx";
        assertThat(shortKey).hasSize(31);
        assertThatThrownBy(() -> PseudonymKeys.resolve(
                        new PseudonymProperties(null, null), Map.of(PseudonymKeys.ENVIRONMENT_VARIABLE, shortKey)))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("NYCKELTAL_PSEUDONYM_KEY) has 31 bytes; at least 32")
                .hasMessageContaining("head -c 32 /dev/urandom | base64")
                .hasMessageNotContaining(shortKey);
        // 32 bytes are enough
        assertThat(PseudonymKeys.resolve(new PseudonymProperties(shortKey + "x", null), Map.of()))
                .hasSize(32);

        Path file = privateKeyFile("short\n");
        assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                .hasMessageContaining("the key file " + file + ") has 5 bytes");
    }

    @Test
    void createsAnOwnerOnlyKeyFileInAnOwnerOnlyFolderOnceAndReusesIt() throws Exception {
        Path file = dir.resolve("config/nyckeltal/pseudonym.key");
        PseudonymProperties properties = new PseudonymProperties(null, file);

        byte[] first = PseudonymKeys.resolve(properties, Map.of());
        byte[] second = PseudonymKeys.resolve(properties, Map.of());

        assertThat(first).isEqualTo(second).hasSize(44); // base64 of 32 random bytes
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(file.getParent())).isEqualTo("rwx------");
        assertThat(Files.getOwner(file).getName()).isEqualTo(System.getProperty("user.name"));
        // written in full under a temporary name first: nothing else is left in the folder
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("pseudonym.key");
        }
    }

    @Test
    void refusesAKeyFileThatGroupOrOthersCanReadOrWrite() throws Exception {
        for (String mode : List.of("rw-r-----", "rw--w----", "rw-rw----", "rw----r--", "rw-----w-", "rwx--x---")) {
            Path file = privateKeyFile(FILE_KEY);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                    .as(mode)
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("accessible to group or others (" + mode + ")")
                    .hasMessageContaining("chmod 600 " + file)
                    .hasMessageNotContaining(FILE_KEY);
            Files.delete(file);
        }
    }

    @Test
    void refusesAKeyFileOrFolderOwnedBySomeoneElse() throws Exception {
        UserPrincipal nobody =
                dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        String user = System.getProperty("user.name");
        Path file = privateKeyFile(FILE_KEY);
        Files.setOwner(file, nobody);
        assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("is owned by nobody, not by " + user)
                .hasMessageContaining("chown " + user + " " + file);

        Files.setOwner(file, Files.getOwner(dir));
        Files.setOwner(file.getParent(), nobody);
        assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                .hasMessageContaining("folder " + file.getParent() + " is owned by nobody")
                .hasMessageContaining("chown " + user + " " + file.getParent());
    }

    @Test
    void refusesAKeyFileInAFolderOthersCanWrite() throws Exception {
        Path file = privateKeyFile(FILE_KEY);
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                .hasMessageContaining("writable by group or others")
                .hasMessageContaining("chmod 700 " + file.getParent());
        // readable (not writable) by others, as folders made with the default umask are: accepted
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                .isEqualTo(FILE_KEY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void doesNotFollowALinkToAKeyFile() throws Exception {
        Path target = privateKeyFile(FILE_KEY);
        Path link = Files.createSymbolicLink(target.resolveSibling("linked.key"), target);
        assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, link), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining(link + " is a symbolic link")
                .hasMessageNotContaining(FILE_KEY);
    }

    @Test
    void refusesAnEmptyKeyFile() throws Exception {
        Path file = privateKeyFile("");
        assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of()))
                .hasMessageContaining(file + " is empty");
    }

    @Test
    void defaultKeyFileFollowsXdgConfigHome() {
        assertThat(PseudonymKeys.defaultKeyFile(Map.of("XDG_CONFIG_HOME", "/etc/xdg")))
                .isEqualTo(Path.of("/etc/xdg/nyckeltal/pseudonym.key"));
    }

    @Test
    void theWarehouseRecordsTheFingerprintOfItsFirstKeyAndRefusesAnother() {
        PseudonymProperties a = new PseudonymProperties(KEY_A, null);
        PseudonymProperties b = new PseudonymProperties(KEY_B, null);
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            RecordedPseudonymKey recorded = new RecordedPseudonymKey(warehouse.dsl());
            assertThat(recorded.holdsPseudonyms()).isFalse();

            assertThat(PseudonymKeys.resolve(a, Map.of(), recorded)).isEqualTo(KEY_A.getBytes(StandardCharsets.UTF_8));
            assertThat(PseudonymKeys.resolve(a, Map.of(), recorded)).isEqualTo(KEY_A.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> PseudonymKeys.resolve(b, Map.of(), recorded))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining(
                            "The pseudonym key (the setting nyckeltal.pseudonym.key) differs from the one "
                                    + "that built this warehouse")
                    .hasMessageNotContaining(KEY_B);

            assertThat(warehouse.dsl().fetch(PSEUDONYM_KEY))
                    .singleElement()
                    .satisfies(row -> assertThat(row.getFingerprint())
                            .isEqualTo(new Pseudonymizer(KEY_A.getBytes(StandardCharsets.UTF_8)).keyFingerprint())
                            .doesNotContain(KEY_A));
            assertThat(recorded.holdsPseudonyms()).isTrue();
        }
    }

    @Test
    void noKeyFileIsCreatedForAWarehouseThatHoldsPseudonyms() {
        Path file = dir.resolve("config/nyckeltal/pseudonym.key");
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            // a warehouse loaded before fingerprints were recorded: pseudonyms, no fingerprint
            warehouse
                    .dsl()
                    .execute("INSERT INTO core.sick_leave (employee_pseudonym, date, spell_start, sick_hours, "
                            + "file_id, line_number) VALUES ('p1', DATE '2017-03-06', DATE '2017-03-06', 8, 1, 2)");
            RecordedPseudonymKey recorded = new RecordedPseudonymKey(warehouse.dsl());

            assertThatThrownBy(() -> PseudonymKeys.resolve(new PseudonymProperties(null, file), Map.of(), recorded))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining(
                            "the key file " + file + " does not exist, but this warehouse holds pseudonyms")
                    .hasMessageContaining("none is created");
            assertThat(file).doesNotExist();
            assertThat(file.getParent()).doesNotExist();

            // with its key given, such a warehouse records it from then on
            PseudonymKeys.resolve(new PseudonymProperties(KEY_A, file), Map.of(), recorded);
            assertThat(recorded.fingerprint()).isPresent();
        }
    }

    private Path privateKeyFile(String content) throws Exception {
        Path folder = Files.createTempDirectory(dir, "keys");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path file = folder.resolve("pseudonym.key");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
