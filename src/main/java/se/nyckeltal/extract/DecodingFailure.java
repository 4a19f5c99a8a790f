package se.nyckeltal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns "the decoder refused some bytes" into a message with the line and byte. The streaming decoder
 * reads ahead, so the position it failed at says little; this rare path decodes the file again to find
 * the first bad byte and counts the line breaks before it (CR and LF are single bytes in every supported
 * encoding and never part of a multi-byte sequence).
 */
final class DecodingFailure {

    private static final int CHUNK = 1 << 16;

    private DecodingFailure() {}

    static FileRejectedException describe(Path file, String displayName, Charset charset, int skippedBytes)
            throws IOException {
        long offset = firstUndecodableByte(file, charset, skippedBytes);
        String advice = startsWithUtf16ByteOrderMark(file)
                ? " (the file starts with a UTF-16 byte order mark: it must be saved as UTF-8)"
                : " (characters are never replaced; an older Excel export may need the encoding windows-1252"
                        + " configured for this extract)";
        if (offset < 0) {
            return new FileRejectedException(
                    displayName + ": the file is not valid " + charset.name() + advice, null, null);
        }
        long line = lineOf(file, offset);
        int value = byteAt(file, offset);
        return new FileRejectedException(
                displayName + ", line " + line + ": the file is not valid " + charset.name()
                        + ": byte 0x" + String.format("%02X", value) + " at byte offset " + offset
                        + " cannot be decoded"
                        + advice,
                line,
                null);
    }

    /** Absolute offset of the first byte the decoder rejects, or -1. */
    private static long firstUndecodableByte(Path file, Charset charset, int skippedBytes) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        long bufferStart = skippedBytes;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skippedBytes);
            boolean end = false;
            while (true) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.clear();
                if (result.isError()) {
                    return bufferStart + bytes.position();
                }
                if (end) {
                    result = decoder.flush(chars);
                    return result.isError() ? bufferStart + bytes.position() : -1;
                }
                bufferStart += bytes.position();
                bytes.compact();
            }
        }
    }

    /** The physical line (1-based) holding the byte at {@code offset}: LF, CRLF and a lone CR each end one. */
    private static long lineOf(Path file, long offset) throws IOException {
        long line = 1;
        int previous = -1;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            for (long position = 0; position < offset; position++) {
                int b = in.read();
                if (b == '\r' || (b == '\n' && previous != '\r')) {
                    line++;
                }
                previous = b;
            }
        }
        return line;
    }

    /** FF FE or FE FF: what Excel's "Unicode text" and many Windows tools write. */
    private static boolean startsWithUtf16ByteOrderMark(Path file) throws IOException {
        int first = byteAt(file, 0);
        int second = byteAt(file, 1);
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
    }

    private static int byteAt(Path file, long offset) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            return in.read();
        }
    }
}
