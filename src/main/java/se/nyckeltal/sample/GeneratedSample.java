package se.nyckeltal.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link SampleGenerator} wrote: every file (in writing order), the data rows per extract
 * folder name (header rows not counted) and the total size of the files in bytes.
 */
public record GeneratedSample(List<Path> files, Map<String, Long> rowsPerExtract, long bytes) {

    public GeneratedSample {
        files = List.copyOf(files);
        rowsPerExtract = Map.copyOf(rowsPerExtract);
    }

    public long totalRows() {
        return rowsPerExtract.values().stream().mapToLong(Long::longValue).sum();
    }
}
