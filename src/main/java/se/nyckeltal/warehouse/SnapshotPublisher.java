package se.nyckeltal.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes the analysts' copy of the warehouse. DuckDB lets no other process open a file that a
 * writer holds, not even read-only; so analysts open the published copy, which is replaced
 * atomically (rename) at the end of every successful run. A reader that has the old copy open
 * keeps reading it, complete; the next open sees the new one, complete.
 *
 * <p>The copy is a new DuckDB file built from {@link AnalystTables} (an allow-list, never a copy of
 * the loader's file, which holds person-level HR facts), with every table's and column's comment
 * and NOT NULL. It is written in a folder of its own beside the target ({@code <copy>.tmp-<random>},
 * created owner-only, so nobody can plant a link in it), given the configured mode, synced, and
 * renamed over the target; the rename replaces a link at the target instead of writing through it.
 *
 * <p>When the target is still the copy this class last wrote ({@link PublishedCopies}) with the
 * same layout, the new copy starts as a byte copy of it and {@link AnalystCopyWriter} rewrites only
 * the deliveries whose rows changed: nightly publication then costs what changed plus a file copy,
 * not a rewrite of every fact (BENCHMARKS.md).
 */
@Component
public class SnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);
    private final DSLContext dsl;
    private final WarehouseProperties properties;
    private final PublishedCopies publishedCopies;

    public SnapshotPublisher(DSLContext dsl, WarehouseProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
        this.publishedCopies = new PublishedCopies(dsl);
    }

    /**
     * How a copy was published: built whole, or updated from the last copy with the rows of
     * {@code deliveriesRewritten} deliveries rewritten (the other tables are always rewritten).
     */
    public record Publication(Path copy, boolean whole, int deliveriesRewritten) {

        String describe() {
            return whole
                    ? "built whole"
                    : "updated from the last copy, " + deliveriesRewritten + " deliveries rewritten";
        }
    }

    public Publication publish() {
        Path warehouse = properties.file().toAbsolutePath();
        Path published = properties.publishedFileOrDefault().toAbsolutePath();
        if (published.equals(warehouse)) {
            throw new IllegalStateException("The published copy cannot be the warehouse itself (" + warehouse
                    + "): set nyckeltal.warehouse.published-file to another file");
        }
        long started = System.nanoTime();
        // The log's person-level facts go into the owner-only file now, not at exit; no transaction
        // runs now (one writer).
        dsl.execute("CHECKPOINT");
        long checkpointed = System.nanoTime();
        Path work = null;
        try {
            Files.createDirectories(published.getParent());
            removeLeftovers(published);
            work = Files.createTempDirectory(published.getParent(), published.getFileName() + ".tmp-");
            Path building = work.resolve(published.getFileName());
            Built built = dsl.connectionResult(connection -> build(connection, published, building));
            FileModes.set(building, properties.publishedPermissions());
            try (FileChannel channel = FileChannel.open(building, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(building, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(published.getParent());
            publishedCopies.record(published, built.layout());
            Publication publication = new Publication(published, built.whole(), built.deliveriesRewritten());
            log.info(
                    "Published the read-only copy for analysts: {} (checkpoint {} ms, copy {} ms, {})",
                    published,
                    (checkpointed - started) / 1_000_000,
                    (System.nanoTime() - checkpointed) / 1_000_000,
                    publication.describe());
            return publication;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish the read-only copy " + published + ": " + e.getMessage(), e);
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    private record Built(String layout, boolean whole, int deliveriesRewritten) {}

    /**
     * Fills {@code building} in one transaction: from the last published copy when it is the one
     * recorded with the same layout, else from nothing.
     */
    private Built build(Connection connection, Path published, Path building) throws SQLException {
        AnalystCopyWriter writer = new AnalystCopyWriter(connection);
        String layout = writer.layout();
        boolean update = publishedCopies.isUnchangedSinceRecorded(published, layout);
        if (update) {
            try {
                Files.copy(published, building);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Cannot start from the last copy " + published + ": " + e.getMessage(), e);
            }
        }
        writer.execute("ATTACH " + AnalystCopyWriter.literal(building.toString()) + " AS " + AnalystCopyWriter.COPY);
        try {
            writer.execute("BEGIN TRANSACTION");
            int rewritten = 0;
            try {
                if (update) {
                    rewritten = writer.update();
                } else {
                    writer.writeAll();
                }
                writer.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                writer.execute("ROLLBACK");
                throw e;
            }
            writer.execute("CHECKPOINT " + AnalystCopyWriter.COPY);
            return new Built(layout, !update, rewritten);
        } finally {
            writer.execute("DETACH " + AnalystCopyWriter.COPY);
        }
    }

    /** Work folders that a killed run left half-written (a link there is removed, not followed). */
    private static void removeLeftovers(Path published) throws IOException {
        String prefix = published.getFileName() + ".tmp-";
        try (Stream<Path> siblings = Files.list(published.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                if (sibling.getFileName().toString().startsWith(prefix)) {
                    deleteRecursively(sibling);
                }
            }
        }
    }

    /** Files.walk does not follow links: a link is deleted, never what it points to. */
    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException ignored) {
            // the next run removes it; the original outcome is the one to report
        }
    }

    /** Makes the rename itself durable. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // some file systems cannot sync a folder; the copy itself is synced
        }
    }
}
