package se.nyckeltal.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens the extract files under the output folder and keeps account of what was written. */
final class WrittenFiles {

    @FunctionalInterface
    interface Rows {
        void writeTo(SwedishCsvWriter out) throws IOException;
    }

    private final Path output;
    private final List<Path> files = new ArrayList<>();
    private final Map<String, Long> rowsPerExtract = new LinkedHashMap<>();

    WrittenFiles(Path output) {
        this.output = output;
        for (SampleExtract extract : SampleExtract.values()) {
            rowsPerExtract.put(extract.folder(), 0L);
        }
    }

    void write(SampleExtract extract, String fileName, Rows rows) throws IOException {
        Path file = output.resolve(extract.folder()).resolve(fileName);
        try (SwedishCsvWriter out = SwedishCsvWriter.create(file, extract.columns())) {
            rows.writeTo(out);
            rowsPerExtract.merge(extract.folder(), out.rows(), Long::sum);
        }
        files.add(file);
    }

    GeneratedSample summary() throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return new GeneratedSample(files, rowsPerExtract, bytes);
    }
}
