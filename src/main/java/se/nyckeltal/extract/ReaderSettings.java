package se.nyckeltal.extract;

import java.nio.charset.Charset;
import java.util.function.Function;

/** STUB until the extract branch lands. */
public record ReaderSettings(Charset charset, Character forcedDelimiter, Function<String, String> pseudonymizer) {
}
