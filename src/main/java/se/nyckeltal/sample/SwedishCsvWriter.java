package se.nyckeltal.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file the way a Swedish Excel-style export looks: UTF-8 with BOM, {@code ;}
 * between fields, decimal comma, CRLF line endings, {@code J}/{@code N} booleans. Fields are never
 * quoted: the generator writes no value containing {@code ;}, quotes or line breaks.
 * Rows are streamed through a buffer, never kept.
 */
final class SwedishCsvWriter implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Path file;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(192);
    private boolean atRowStart = true;
    private long rows;

    private SwedishCsvWriter(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    static SwedishCsvWriter create(Path file, List<String> header) throws IOException {
        Files.createDirectories(file.getParent());
        Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS);
        out.write('\uFEFF');
        SwedishCsvWriter writer = new SwedishCsvWriter(file, out);
        for (String column : header) {
            writer.text(column);
        }
        writer.endLine();
        return writer;
    }

    Path file() {
        return file;
    }

    /** Data rows written so far (the header not counted). */
    long rows() {
        return rows;
    }

    SwedishCsvWriter text(String value) {
        separate();
        line.append(value);
        return this;
    }

    SwedishCsvWriter empty() {
        separate();
        return this;
    }

    SwedishCsvWriter integer(long value) {
        separate();
        line.append(value);
        return this;
    }

    SwedishCsvWriter flag(boolean value) {
        separate();
        line.append(value ? 'J' : 'N');
        return this;
    }

    /** A decimal given as {@code unscaled / 10^scale}, trailing zeros dropped: 950, 3 → "0,95". */
    SwedishCsvWriter decimal(long unscaled, int scale) {
        separate();
        SwedishNumbers.appendTrimmed(line, unscaled, scale);
        return this;
    }

    /** Öre amounts with both decimals, optionally grouped by a space: "12 345,50". */
    SwedishCsvWriter amount(long ore, boolean groupThousands) {
        separate();
        SwedishNumbers.appendAmount(line, ore, groupThousands);
        return this;
    }

    /** {@code yyyy-MM-dd HH:mm:ss} from a prepared date text and a second of the day. */
    SwedishCsvWriter timestamp(String dateText, int secondOfDay) {
        separate();
        line.append(dateText).append(' ');
        twoDigits(secondOfDay / 3600);
        line.append(':');
        twoDigits(secondOfDay / 60 % 60);
        line.append(':');
        twoDigits(secondOfDay % 60);
        return this;
    }

    void endRow() throws IOException {
        endLine();
        rows++;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void endLine() throws IOException {
        line.append("\r\n");
        out.append(line);
        line.setLength(0);
        atRowStart = true;
    }

    private void separate() {
        if (!atRowStart) {
            line.append(';');
        }
        atRowStart = false;
    }

    private void twoDigits(int value) {
        line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
