package se.nyckeltal.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.function.Function;

/** Writes real delivery files and reads them back with the reader under test. */
final class Deliveries {

    /** A stand-in for the keyed pseudonym: deterministic, and never contains the raw reference. */
    static final Function<String, String> PSEUDONYMIZER = raw -> {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("test-key:" + raw).getBytes(StandardCharsets.UTF_8));
            return "pseudo-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    };

    static final ReaderSettings UTF8 = new ReaderSettings(StandardCharsets.UTF_8, null, PSEUDONYMIZER);

    record Result(FileOutcome outcome, CollectingHandler rows) {}

    private final Path dir;
    private int counter;

    Deliveries(Path dir) {
        this.dir = dir;
    }

    Path write(String content) {
        return write(content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String content, Charset charset) {
        return write(content.getBytes(charset));
    }

    Path write(byte[] bytes) {
        try {
            Path file = dir.resolve("delivery-" + (++counter) + ".csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result read(Extract extract, String content) throws FileRejectedException, IOException {
        return read(extract, UTF8, write(content));
    }

    static Result read(Extract extract, ReaderSettings settings, Path file) throws FileRejectedException, IOException {
        CollectingHandler rows = new CollectingHandler();
        FileOutcome outcome =
                new ExtractFileReader(extract, settings).read(file, extract.folder() + "/" + file.getFileName(), rows);
        return new Result(outcome, rows);
    }
}
