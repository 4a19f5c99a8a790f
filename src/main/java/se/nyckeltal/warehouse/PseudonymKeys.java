package se.nyckeltal.warehouse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyckeltal.failure.UserError;

/**
 * Finds the secret key of the pseudonyms and makes sure it is the one this warehouse's pseudonyms
 * were made with. The key itself is never logged or stored in the warehouse: whoever holds the
 * warehouse without the key cannot tell who an employee is.
 *
 * <p>A key file is the operator's secret: it must be a regular file (no link followed), owned by the
 * user running nyckeltal and accessible to nobody else, in a folder nobody else can write (else the
 * key could be replaced by a known one, after which pseudonyms are reversed by hashing every
 * personal identity number). A new one is written in full and flushed to disk, file and folder,
 * before it is used.
 */
public final class PseudonymKeys {

    public static final String ENVIRONMENT_VARIABLE = "NYCKELTAL_PSEUDONYM_KEY";
    static final String PROPERTY = "nyckeltal.pseudonym.key";
    /** HMAC-SHA256 gains nothing from more; fewer would let a guessed key reverse the pseudonyms. */
    static final int MIN_KEY_BYTES = 32;

    static final String HOW_TO_MAKE_A_KEY = "head -c 32 /dev/urandom | base64";

    private static final Logger log = LoggerFactory.getLogger(PseudonymKeys.class);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_WRITE =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    /** A key and where it came from, for messages. */
    private record Key(byte[] bytes, String source) {}

    private PseudonymKeys() {}

    /**
     * The key for this warehouse: from the environment, the configuration or the key file (created
     * only for a warehouse that holds no pseudonyms yet), at least {@value #MIN_KEY_BYTES} bytes, and
     * with the fingerprint the warehouse recorded (recorded now if it has none).
     */
    public static byte[] resolve(
            PseudonymProperties properties, Map<String, String> environment, RecordedPseudonymKey warehouse) {
        Key key = find(properties, environment, warehouse::holdsPseudonyms);
        String fingerprint = new Pseudonymizer(key.bytes()).keyFingerprint();
        Optional<String> recorded = warehouse.fingerprint();
        if (recorded.isEmpty()) {
            warehouse.record(fingerprint);
            log.info("Recorded the fingerprint of the pseudonym key ({}) in the warehouse", key.source());
        } else if (!recorded.get().equals(fingerprint)) {
            throw new UserError("The pseudonym key (" + key.source() + ") differs from the one that built this "
                    + "warehouse: loading with it would give every employee a second pseudonym. Nothing was read. "
                    + "Give every run the same key, the warehouse's (" + ENVIRONMENT_VARIABLE + " or "
                    + "nyckeltal.pseudonym.key-file, e.g. through the EnvironmentFile of deploy/), or load "
                    + "into a new --warehouse.");
        }
        return key.bytes();
    }

    /** The key without a warehouse to check it against; a key file is created if there is none. */
    public static byte[] resolve(PseudonymProperties properties, Map<String, String> environment) {
        return find(properties, environment, () -> false).bytes();
    }

    private static Key find(
            PseudonymProperties properties, Map<String, String> environment, BooleanSupplier warehouseHoldsPseudonyms) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return longEnough(new Key(
                    fromEnvironment.getBytes(StandardCharsets.UTF_8),
                    "the environment variable " + ENVIRONMENT_VARIABLE));
        }
        if (properties.key() != null && !properties.key().isEmpty()) {
            if (System.getProperty(PROPERTY) != null) {
                log.warn(
                        "The pseudonym key is given as the system property {} (-D), which every user of this "
                                + "machine can read in the process list: set {} or use a key file instead",
                        PROPERTY,
                        ENVIRONMENT_VARIABLE);
            }
            return longEnough(new Key(properties.key().getBytes(StandardCharsets.UTF_8), "the setting " + PROPERTY));
        }
        Path file =
                (properties.keyFile() != null ? properties.keyFile() : defaultKeyFile(environment)).toAbsolutePath();
        return longEnough(new Key(readOrCreate(file, warehouseHoldsPseudonyms), "the key file " + file));
    }

    private static Key longEnough(Key key) {
        if (key.bytes().length < MIN_KEY_BYTES) {
            throw new UserError("The pseudonym key (" + key.source() + ") has " + key.bytes().length
                    + " bytes; at least " + MIN_KEY_BYTES + " are required. Make one with: " + HOW_TO_MAKE_A_KEY
                    + " (keep it in " + ENVIRONMENT_VARIABLE + " or an owner-only key file, never on a command line)");
        }
        return key;
    }

    static Path defaultKeyFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("nyckeltal").resolve("pseudonym.key");
    }

    private static byte[] readOrCreate(Path file, BooleanSupplier warehouseHoldsPseudonyms) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (warehouseHoldsPseudonyms.getAsBoolean()) {
                    throw new UserError("No pseudonym key is set and the key file " + file + " does not exist, but "
                            + "this warehouse holds pseudonyms made with a key: a new key would give every employee a "
                            + "second pseudonym, so none is created. Restore the key file from its backup, or set "
                            + ENVIRONMENT_VARIABLE + " or nyckeltal.pseudonym.key-file to the key the warehouse was "
                            + "built with.");
                }
                create(file);
            }
            refuseUnlessPrivate(file);
            String key = read(file).strip();
            if (key.isEmpty()) {
                throw new UserError("The pseudonym key file " + file + " is empty. Restore it from its backup; "
                        + "only if no warehouse holds pseudonyms made with it, delete it to have a new key created.");
            }
            return key.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("Cannot read or create the pseudonym key file " + file + ": " + e.getMessage()
                    + ". Set " + ENVIRONMENT_VARIABLE + " or nyckeltal.pseudonym.key-file instead.");
        }
    }

    /**
     * Written under a temporary name, flushed, then linked to its name (which fails if another process
     * made it first: theirs is used), and the folder flushed: a crash leaves either no key file or a
     * complete one, never an empty one that a pseudonym could be made with.
     */
    private static void create(Path file) throws IOException {
        Path folder = file.getParent();
        boolean posix = posix(folder);
        if (posix) {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
        refuseUnlessPrivateFolder(folder);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        byte[] key = (Base64.getEncoder().encodeToString(random) + "\n").getBytes(StandardCharsets.UTF_8);
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(folder, ".pseudonym.key.", ".tmp", ownerOnly);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(key);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: use theirs
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        flushFolder(folder);
        log.info("Created the pseudonym key file {}: back it up apart from the warehouse", file);
    }

    private static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // some systems cannot open a folder for flushing; the file itself is flushed
        }
    }

    private static String read(Path file) throws IOException {
        try (SeekableByteChannel channel =
                Files.newByteChannel(file, Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a key file is far shorter than the buffer
            }
            buffer.flip();
            return StandardCharsets.UTF_8.decode(buffer).toString();
        }
    }

    private static void refuseUnlessPrivate(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new UserError("The pseudonym key file " + file + " disappeared while it was read; run again.");
        }
        if (attributes.isSymbolicLink()) {
            throw new UserError("The pseudonym key file " + file + " is a symbolic link, which nyckeltal does not "
                    + "follow (it could be pointed at another key): put the key file itself there, owner-only "
                    + "(cp --remove-destination \"$(readlink -f " + file + ")\" " + file + ")");
        }
        if (!attributes.isRegularFile()) {
            throw new UserError("The pseudonym key file " + file + " is not a regular file; give a key file with "
                    + "nyckeltal.pseudonym.key-file or set " + ENVIRONMENT_VARIABLE);
        }
        requireOwner(file, attributes, false);
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
            throw new UserError("The pseudonym key file " + file + " is accessible to group or others ("
                    + PosixFilePermissions.toString(permissions) + "): whoever can read it can reverse the pseudonyms, "
                    + "whoever can write it can replace the key. Fix it with: chmod 600 " + file);
        }
        refuseUnlessPrivateFolder(file.getParent());
    }

    /** Group or others able to write the folder could replace the key file with one of theirs. */
    private static void refuseUnlessPrivateFolder(Path folder) throws IOException {
        if (!posix(folder)) {
            return;
        }
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
        requireOwner(folder, attributes, true);
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.stream().anyMatch(GROUP_OR_OTHERS_WRITE::contains)) {
            throw new UserError("The folder " + folder + " of the pseudonym key file is writable by group or others ("
                    + PosixFilePermissions.toString(permissions) + "), who could replace the key. Fix it with: "
                    + "chmod 700 " + folder);
        }
    }

    /** The key file is the running user's; its folder may also be root's (e.g. /etc/nyckeltal). */
    private static void requireOwner(Path path, PosixFileAttributes attributes, boolean rootMayOwn) {
        String user = System.getProperty("user.name");
        String owner = attributes.owner().getName();
        if (!owner.equals(user) && !(rootMayOwn && owner.equals("root"))) {
            throw new UserError("The pseudonym key " + (attributes.isDirectory() ? "folder " : "file ") + path
                    + " is owned by " + owner + ", not by " + user + " who runs nyckeltal, so " + owner
                    + " could replace the key. Fix it with: chown " + user + " " + path);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
