package se.nyckeltal.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.extract.ExtractFileReader;
import se.nyckeltal.extract.FileOutcome;
import se.nyckeltal.extract.FileRejectedException;
import se.nyckeltal.extract.ReaderSettings;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.Pseudonymizer;

/**
 * Parses and validates one delivery: its valid rows go to the in-memory staging database in the
 * ingest worker's transaction there ({@link StagedRowsTransaction}, committed with some of the
 * worker's other files' rows), and its rejects go to {@code meta.rejected_rows} in the caller's
 * transaction (the ingest step's), with the file's new state. A file that fails as a whole keeps
 * its rejects (for the operator) but none of its rows.
 *
 * <p>Should a transaction fail, the run's unmerged files are staged again when the ingest step is
 * started again ({@link IngestWorkerPartitioner}).
 */
public class FileIngester {

    private final DataSource dataSource;
    private final LoadProperties properties;
    private final Pseudonymizer pseudonymizer;
    private final LoadProgress progress;

    public FileIngester(
            DataSource dataSource, LoadProperties properties, Pseudonymizer pseudonymizer, LoadProgress progress) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.pseudonymizer = pseudonymizer;
        this.progress = progress;
    }

    public IngestResult ingest(
            long fileId, Extract extract, Path file, String displayName, StagedRowsTransaction staged) {
        try {
            return ingestStaged(fileId, extract, file, displayName, staged);
        } finally {
            progress.fileDone(sizeOf(file));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private IngestResult ingestStaged(
            long fileId, Extract extract, Path file, String displayName, StagedRowsTransaction staged) {
        ReaderSettings settings = new ReaderSettings(
                properties.charsetOf(extract), properties.delimiterOf(extract), pseudonymizer.newFunction());
        // The step's transactional connection: the rejects Appender joins its transaction (see
        // StagingWriter), so the file's rejects commit with its new state.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DuckDBConnection stagedRows = staged.connection();
            DuckDBConnection warehouse = connection.unwrap(DuckDBConnection.class);
            FileOutcome outcome;
            try (StagingWriter writer = new StagingWriter(stagedRows, warehouse, extract, fileId, progress)) {
                outcome = new ExtractFileReader(extract, settings).read(file, displayName, writer);
            } catch (FileRejectedException e) {
                staged.discard(extract, fileId);
                StagingWriter.removeRejects(connection, fileId);
                return IngestResult.rejected(e.getMessage(), e.columnName());
            } catch (IOException e) {
                staged.discard(extract, fileId);
                StagingWriter.removeRejects(connection, fileId);
                return IngestResult.rejected(displayName + ": cannot be read: " + describe(e), null);
            }
            if (properties.aboveRejectLimit(outcome.rowsRejected(), outcome.rowsRead())) {
                // The row rejects stay: they tell the operator what to fix in the file.
                staged.discard(extract, fileId);
                String message = String.format(
                        Locale.ROOT,
                        "%s: %d of %d rows rejected (%.1f %%), above the limit of %s %%; no row of the file was loaded",
                        displayName,
                        outcome.rowsRejected(),
                        outcome.rowsRead(),
                        outcome.rowsRejected() * 100.0 / outcome.rowsRead(),
                        properties.rejectLimitPercent());
                return new IngestResult(
                        FileState.REJECTED,
                        outcome.rowsRead(),
                        0,
                        outcome.rowsRejected(),
                        message,
                        null,
                        outcome.warnings());
            }
            return new IngestResult(
                    FileState.INGESTED,
                    outcome.rowsRead(),
                    outcome.rowsValid(),
                    outcome.rowsRejected(),
                    null,
                    null,
                    outcome.warnings());
        } catch (SQLException e) {
            throw new StagingWriter.StagingException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** What went wrong, without the absolute path the operator does not need (the file is named already). */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist (a link to a missing file?)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
