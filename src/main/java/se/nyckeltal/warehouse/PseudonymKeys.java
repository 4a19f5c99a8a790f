package se.nyckeltal.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import se.nyckeltal.cli.UserError;

/**
 * Finds the secret key of the pseudonyms. The key itself is never logged or stored in the
 * warehouse: whoever holds the warehouse without the key cannot tell who an employee is.
 */
public final class PseudonymKeys {

    public static final String ENVIRONMENT_VARIABLE = "NYCKELTAL_PSEUDONYM_KEY";

    private PseudonymKeys() {
    }

    public static byte[] resolve(PseudonymProperties properties, Map<String, String> environment) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.getBytes(StandardCharsets.UTF_8);
        }
        if (properties.key() != null && !properties.key().isEmpty()) {
            return properties.key().getBytes(StandardCharsets.UTF_8);
        }
        Path file = properties.keyFile() != null ? properties.keyFile() : defaultKeyFile(environment);
        return readOrCreate(file);
    }

    static Path defaultKeyFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("nyckeltal").resolve("pseudonym.key");
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            refuseIfShared(file);
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (key.isEmpty()) {
                throw new UserError("The pseudonym key file " + file + " is empty. Delete it to have a new key "
                        + "created, or restore the old one (pseudonyms change with the key).");
            }
            return key.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("Cannot read or create the pseudonym key file " + file + ": " + e.getMessage()
                    + ". Set " + ENVIRONMENT_VARIABLE + " or nyckeltal.pseudonym.key-file instead.");
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random) + "\n";
        try {
            if (posix(file.toAbsolutePath().getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, key, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: use theirs
        }
    }

    private static void refuseIfShared(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            throw new UserError("The pseudonym key file " + file + " is readable by group or others ("
                    + PosixFilePermissions.toString(permissions) + "). Fix it with: chmod 600 " + file);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
