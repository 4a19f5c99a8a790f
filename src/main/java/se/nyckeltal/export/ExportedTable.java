package se.nyckeltal.export;

import java.nio.file.Path;
import java.util.List;

/** One table written by an export: where its files are, how many rows, and its partition keys. */
public record ExportedTable(String schema, String table, Path folder, long rows, List<String> partitionBy) {

    public String qualifiedName() {
        return schema + "." + table;
    }
}
