package se.nyckeltal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A strict, independent reader of the generated files (test side, sharing no code with the
 * generator): asserts the shipped Swedish style (UTF-8 with BOM, only CRLF line endings, {@code ;},
 * no quoting, a field count equal to the header's) and hands out the rows.
 */
final class ContractCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A row read by column name. */
    record Row(Path file, int line, Map<String, Integer> columns, String[] fields) {
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column " + column + " in " + file);
            }
            return fields[index];
        }

        double number(String column) {
            return Double.parseDouble(get(column).replace(" ", "").replace(',', '.'));
        }
    }

    private ContractCsv() {}

    static List<String> header(Path file) throws IOException {
        String text = decode(file);
        return List.of(text.substring(0, text.indexOf("\r\n")).split(";", -1));
    }

    static void forEachRow(Path file, Consumer<Row> action) throws IOException {
        String text = decode(file);
        assertThat(text).as("%s ends with CRLF", file).endsWith("\r\n");
        assertThat(text).as("%s has no quoting", file).doesNotContain("\"");
        String[] lines = text.split("\r\n", -1);
        for (String line : lines) {
            assertThat(line)
                    .as("%s has CRLF line endings only", file)
                    .doesNotContain("\n")
                    .doesNotContain("\r");
        }
        String[] header = lines[0].split(";", -1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i], i);
        }
        for (int i = 1; i < lines.length - 1; i++) {
            String[] fields = lines[i].split(";", -1);
            if (fields.length != header.length) {
                throw new AssertionError(file + " line " + (i + 1) + " has " + fields.length + " fields, header "
                        + header.length + ": " + lines[i]);
            }
            action.accept(new Row(file, i + 1, columns, fields));
        }
    }

    static void forEachRow(Path root, String extract, Consumer<Row> action) throws IOException {
        for (Path file : files(root, extract)) {
            forEachRow(file, action);
        }
    }

    static List<Path> files(Path root, String extract) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(extract))) {
            return files.sorted().toList();
        }
    }

    /** The text after the BOM; fails on a missing BOM or bytes that are not UTF-8. */
    private static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3))
                .as("%s starts with a UTF-8 BOM", file)
                .isEqualTo(BOM);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 3, bytes.length - 3))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
    }
}
