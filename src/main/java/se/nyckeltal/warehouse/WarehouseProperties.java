package se.nyckeltal.warehouse;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where the warehouse lives and how DuckDB may use the machine.
 *
 * @param file          the DuckDB file the loader writes (its own; analysts open the published copy)
 * @param publishedFile the read-only copy for analysts, replaced after every successful run
 *                      (default: beside {@code file}, named after it; see {@link #publishedFileOrDefault()})
 * @param publishedMode the POSIX permissions the published copy gets, in octal (default {@code 0640}:
 *                      the owner and the analysts' group read it, nobody else). Set explicitly, not left
 *                      to the umask, so that a permissive umask cannot open it to every local user
 * @param memoryLimit   DuckDB's {@code memory_limit}; default 128 MB per DuckDB thread, at least
 *                      {@code 256MB}: beyond it DuckDB spills to disk, so its buffers do not grow
 *                      with the input. Measured on two threads at 4 and 16 million rows: a higher
 *                      limit only made its page cache bigger, not the load faster, and 128 MB was
 *                      too little; every thread holds its own share of an aggregate or a join, hence
 *                      the limit per thread (see BENCHMARKS.md)
 * @param threads       DuckDB's {@code threads}; 0 = DuckDB's default (one per core)
 * @param checkpointThreshold DuckDB's {@code checkpoint_threshold}, the write-ahead log's size that
 *                      triggers a checkpoint; default {@code 1GB}, not DuckDB's 16 MB: with 16 MB
 *                      the ingest checkpointed every few files, each time writing staged rows to the
 *                      database file that the merge deletes moments later (measured on 4 million
 *                      rows: load 44–48 s at 16 MB, 33–34 s at 256 MB and at 1 GB, but 256 MB still
 *                      checkpointed once at the end of the ingest; 4 GB: 31 s, but 860 MB peak RSS
 *                      at scale 1; see BENCHMARKS.md). The publish step checkpoints anyway
 */
@ConfigurationProperties("nyckeltal.warehouse")
public record WarehouseProperties(
        Path file,
        Path publishedFile,
        String memoryLimit,
        int threads,
        String checkpointThreshold,
        String publishedMode) {

    static final String DEFAULT_CHECKPOINT_THRESHOLD = "1GB";
    static final String DEFAULT_PUBLISHED_MODE = "0640";
    /** The default warehouse's copy keeps the name analysts and the documentation know. */
    private static final String DEFAULT_WAREHOUSE_NAME = "warehouse.duckdb";

    private static final String DEFAULT_PUBLISHED_NAME = "nyckeltal.duckdb";
    private static final String DUCKDB_SUFFIX = ".duckdb";

    @ConstructorBinding
    public WarehouseProperties {
        if (file == null) {
            file = Path.of("output", "warehouse.duckdb");
        }
        if (memoryLimit == null || memoryLimit.isBlank()) {
            memoryLimit = defaultMemoryLimit(threads);
        }
        if (checkpointThreshold == null || checkpointThreshold.isBlank()) {
            checkpointThreshold = DEFAULT_CHECKPOINT_THRESHOLD;
        }
        if (publishedMode == null || publishedMode.isBlank()) {
            publishedMode = DEFAULT_PUBLISHED_MODE;
        }
        FileModes.parseOctal("nyckeltal.warehouse.published-mode", publishedMode);
    }

    static String defaultMemoryLimit(int threads) {
        int duckDbThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return Math.max(256, 128L * duckDbThreads) + "MB";
    }

    public WarehouseProperties(Path file, String memoryLimit, int threads) {
        this(file, null, memoryLimit, threads, null, null);
    }

    /**
     * The configured copy, else one beside the warehouse named after it, so that two warehouses in
     * one folder never replace each other's copy: {@code warehouse.duckdb} → {@code nyckeltal.duckdb}
     * (the name the README gives analysts), {@code X.duckdb} → {@code X.published.duckdb}, any other
     * name {@code X} → {@code X-published.duckdb}. The three kinds of names cannot meet: only the
     * first is {@code nyckeltal.duckdb}, only the second ends in {@code .published.duckdb}.
     */
    public Path publishedFileOrDefault() {
        if (publishedFile != null) {
            return publishedFile;
        }
        Path absolute = file.toAbsolutePath();
        String name = absolute.getFileName().toString();
        if (name.equals(DEFAULT_WAREHOUSE_NAME)) {
            return absolute.resolveSibling(DEFAULT_PUBLISHED_NAME);
        }
        if (name.endsWith(DUCKDB_SUFFIX) && name.length() > DUCKDB_SUFFIX.length()) {
            return absolute.resolveSibling(
                    name.substring(0, name.length() - DUCKDB_SUFFIX.length()) + ".published" + DUCKDB_SUFFIX);
        }
        return absolute.resolveSibling(name + "-published" + DUCKDB_SUFFIX);
    }

    /** {@link #publishedMode} as permissions. */
    public java.util.Set<java.nio.file.attribute.PosixFilePermission> publishedPermissions() {
        return FileModes.parseOctal("nyckeltal.warehouse.published-mode", publishedMode);
    }
}
