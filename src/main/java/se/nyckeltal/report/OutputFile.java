package se.nyckeltal.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a UTF-8 text file (no BOM) next to its final name and moves it into place when complete,
 * so that a failed run never leaves a half-written export that looks like a whole one. The
 * temporary file has a name of its own ({@code <name>.<random>.part}) and is created new, never
 * opened through a link planted there; the move replaces a link at the final name, not its target.
 */
final class OutputFile {

    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static final String PART = ".part";

    private OutputFile() {}

    static Path write(Path target, Content content) throws IOException {
        removeLeftovers(target);
        Path temporary = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + PART);
        try {
            try (Writer out = Files.newBufferedWriter(
                    temporary,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Temporary files of a run that was killed while writing (a link there is deleted, not followed). */
    private static void removeLeftovers(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = target.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(folder)) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(PART)) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }
}
