package se.nyckeltal.extract;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Function;

/**
 * How to read the deliveries of one extract.
 *
 * @param charset         UTF-8 (a BOM is skipped) or e.g. windows-1252 for older Excel exports
 * @param forcedDelimiter {@code ;}, {@code ,} or TAB; null = detect from the header line
 * @param pseudonymizer   turns a raw employee_ref into its keyed pseudonym; required for HR extracts
 */
public record ReaderSettings(Charset charset, Character forcedDelimiter, Function<String, String> pseudonymizer) {

    public ReaderSettings {
        Objects.requireNonNull(charset, "charset");
        if (forcedDelimiter != null && !Delimiters.isSupported(forcedDelimiter)) {
            throw new IllegalArgumentException("Unsupported delimiter '" + forcedDelimiter + "': use ';', ',' or TAB");
        }
    }
}
