package se.nyckeltal.extract;

import java.io.IOException;
import java.nio.file.Path;

/** STUB until the extract branch lands. */
public final class ExtractFileReader {
    public ExtractFileReader(Extract extract, ReaderSettings settings) {
    }

    public FileOutcome read(Path file, String displayName, RowHandler handler) throws FileRejectedException, IOException {
        throw new UnsupportedOperationException("stub");
    }
}
