package se.nyckeltal.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes a read-only copy of the warehouse for analysts. DuckDB lets no other process open
 * a file that a writer holds, not even read-only; so analysts open the published copy, which
 * is replaced atomically (rename) at the end of every successful run. A reader that has the old
 * copy open keeps reading it, complete; the next open sees the new one, complete.
 */
@Component
public class SnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final DSLContext dsl;
    private final WarehouseProperties properties;

    public SnapshotPublisher(DSLContext dsl, WarehouseProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    public Path publish() {
        Path warehouse = properties.file().toAbsolutePath();
        Path published = properties.publishedFileOrDefault().toAbsolutePath();
        // Everything committed goes into the main file; no transaction runs now (one writer).
        dsl.execute("CHECKPOINT");
        Path temporary = published.resolveSibling(published.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(published.getParent());
            removeLeftovers(published);
            Files.copy(warehouse, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException("Cannot publish the read-only copy " + published + ": " + e.getMessage(), e);
        }
        log.info("Published the read-only copy for analysts: {}", published);
        return published;
    }

    /** Copies that a killed run left half-written. */
    private static void removeLeftovers(Path published) throws IOException {
        String prefix = published.getFileName() + ".tmp-";
        try (var siblings = Files.list(published.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                if (sibling.getFileName().toString().startsWith(prefix)) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }
}
