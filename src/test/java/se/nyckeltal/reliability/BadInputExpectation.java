package se.nyckeltal.reliability;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of {@code corpus/expectations.csv}: what the load must make of one file of the corpus.
 *
 * @param status  {@code LOADED}, {@code FAILED} or {@code ignored} (not a delivery: no load_runs row)
 * @param rejects its rows in report.rejected_rows, written {@code line:column:reason part} and separated by
 *                {@code " | "}; {@code -} stands for NULL (the line of a whole-file failure, or no one column)
 * @param message a part of its load_runs message; empty: none expected for a file without rejects
 */
record BadInputExpectation(
        String file,
        String status,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        List<Reject> rejects,
        String message,
        String why) {

    /** A rejected row: where (line, column; null for none) and a part of its reason. */
    record Reject(Long line, String column, String reason) {

        /** Line and column, to match expected rows with actual ones. */
        String position() {
            return (line == null ? "file" : "line " + line) + ", column " + column;
        }

        static Reject parse(String text) {
            String[] parts = text.strip().split(":", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not line:column:reason: " + text);
            }
            return new Reject(
                    parts[0].equals("-") ? null : Long.valueOf(parts[0]),
                    parts[1].equals("-") ? null : parts[1],
                    parts[2]);
        }
    }

    boolean ignored() {
        return status.equals("ignored");
    }

    static List<BadInputExpectation> readAll(Path table) throws IOException {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<BadInputExpectation> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                List<Reject> rejects = new ArrayList<>();
                if (!row.get("rejects").isBlank()) {
                    for (String reject : row.get("rejects").split(" \\| ")) {
                        rejects.add(Reject.parse(reject));
                    }
                }
                rows.add(new BadInputExpectation(
                        row.get("file"),
                        row.get("status"),
                        count(row.get("read")),
                        count(row.get("loaded")),
                        count(row.get("rejected")),
                        List.copyOf(rejects),
                        row.get("message"),
                        row.get("why")));
            }
        }
        return rows;
    }

    private static long count(String text) {
        return text.isBlank() ? 0 : Long.parseLong(text.strip());
    }

    @Override
    public String toString() {
        return file;
    }
}
