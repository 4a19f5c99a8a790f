package se.nyckeltal.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * File permissions set explicitly, whatever the process's umask: the loader's own files are its
 * owner's only (they hold person-level HR facts), the analysts' copy gets the configured mode.
 * Modes are set on the file itself, never through a symbolic link (an open with O_NOFOLLOW and a
 * chmod of what was opened).
 */
public final class FileModes {

    /** {@code 0600}: read and written by the owner only. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final PosixFilePermission[] BY_BIT = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };

    private FileModes() {}

    /** {@code 0640} or {@code 640} → permissions; anything else is refused, naming the setting. */
    public static Set<PosixFilePermission> parseOctal(String setting, String octal) {
        String digits = octal.strip();
        if (!digits.matches("0?[0-7]{3}")) {
            throw new IllegalArgumentException(
                    setting + " must be an octal file mode such as 0640, not '" + octal + "'");
        }
        int mode = Integer.parseInt(digits, 8);
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BY_BIT.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(BY_BIT[bit]);
            }
        }
        return permissions;
    }

    /** Sets the mode of {@code file}, not of what a link there points to (a link fails). */
    public static void set(Path file, Set<PosixFilePermission> permissions) throws IOException {
        set(file, permissions, LinkOption.NOFOLLOW_LINKS);
    }

    private static void set(Path file, Set<PosixFilePermission> permissions, LinkOption... options) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, options);
        if (view == null) {
            return; // not a POSIX file system: its own access control applies
        }
        if (!view.readAttributes().permissions().equals(permissions)) {
            view.setPermissions(permissions);
        }
    }

    /**
     * The loader's warehouse file and its write-ahead log, owner-only. DuckDB creates both with the
     * umask's mode and deletes the log at every checkpoint, so this runs after the file is opened
     * and after every commit (the log is created at a commit). A warehouse path that is a link is
     * the operator's choice of where the file lives: DuckDB writes through it, and so does this.
     */
    public static void ownerOnlyWarehouse(Path warehouse) {
        Path absolute = warehouse.toAbsolutePath();
        try {
            ownerOnlyIfPresent(absolute);
            ownerOnlyIfPresent(absolute.resolveSibling(absolute.getFileName() + ".wal"));
        } catch (NoSuchFileException gone) {
            // deleted meanwhile (a checkpoint removes the write-ahead log): nothing left to protect
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(
                    "Cannot make the warehouse file " + absolute + " readable by its owner only: " + e.getMessage(), e);
        }
    }

    private static void ownerOnlyIfPresent(Path file) throws IOException {
        if (Files.exists(file)) {
            set(file, OWNER_ONLY, new LinkOption[0]); // through a link, as DuckDB opens it
        }
    }
}
