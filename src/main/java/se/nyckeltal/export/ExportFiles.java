package se.nyckeltal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an export file whole or not at all: into a temporary file beside it, then renamed over
 * the old one. A reader never sees half a file, and a link planted where the file belongs is
 * replaced by the rename, never written through.
 */
final class ExportFiles {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFiles() {}

    static Path folder(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the export folder " + folder + ": " + e.getMessage(), e);
        }
    }

    static Path write(Path file, Content content) {
        Path temporary = null;
        try {
            // Not Files.createTempFile: its files are the owner's only, and these are for analysts
            // (created like any file here, under the process's umask, as the Parquet export's are).
            temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the rename happened or the write already failed; a stray .part file is harmless
                }
            }
        }
    }
}
