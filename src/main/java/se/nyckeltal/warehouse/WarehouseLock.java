package se.nyckeltal.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import se.nyckeltal.failure.UserError;

/**
 * One writer at a time: an operating-system lock on {@code <warehouse>.lock}, which also names
 * its holder (pid, start time, command) for whoever finds it taken. The operating system
 * releases the lock when its process dies, so a lock left by a killed run is simply taken over.
 * The lock file is its owner's only (it names a command line) and is never opened through a
 * symbolic link: a link planted there would make the loader write wherever it points.
 */
public final class WarehouseLock implements AutoCloseable {

    private static final Set<OpenOption> OPEN = Set.of(
            StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);

    private final FileChannel channel;
    private final FileLock lock;

    private WarehouseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path warehouse) {
        Path absolute = warehouse.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock, waiting up to {@code wait} for a running holder to finish (zero: not at
     * all). Fails with a message naming the holder.
     */
    public static WarehouseLock acquire(Path warehouse, String command, Duration wait) {
        Path file = lockFileOf(warehouse);
        Instant deadline = Instant.now().plus(wait);
        try {
            Files.createDirectories(file.getParent());
            while (true) {
                FileChannel channel =
                        FileChannel.open(file, OPEN, PosixFilePermissions.asFileAttribute(FileModes.OWNER_ONLY));
                // created with the umask applied, or left by an older version: owner-only either way
                FileModes.set(file, FileModes.OWNER_ONLY);
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    describeHolder(channel, command);
                    return new WarehouseLock(channel, lock);
                }
                String holder = readHolder(channel);
                channel.close();
                if (!Instant.now().isBefore(deadline)) {
                    throw new UserError("The warehouse " + warehouse.toAbsolutePath() + " is being written by another "
                            + "nyckeltal process (" + holder + "). Wait for it to finish, or run with --wait SECONDS.");
                }
                Thread.sleep(Math.min(
                        500,
                        Math.max(1, Duration.between(Instant.now(), deadline).toMillis())));
            }
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new UserError("The lock file " + file + " is a symbolic link, which nyckeltal does not follow: "
                        + "remove the link (nyckeltal creates the file itself).");
            }
            throw new UserError(
                    "Cannot create the lock file " + file + ": " + reason(e) + ". Is the output folder writable?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("Interrupted while waiting for the warehouse lock " + file);
        }
    }

    /** The operating system's reason, without the path it repeats; "is a file" where a folder was expected. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file stands where a folder is expected (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private static void describeHolder(FileChannel channel, String command) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info()
                .startInstant()
                .map(instant -> LocalDateTime.ofInstant(instant, ZoneId.systemDefault())
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString())
                .orElse("unknown");
        String text = "pid " + self.pid() + ", started " + started + ", command " + command + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "holder unknown" : text;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
