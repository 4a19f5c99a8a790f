package se.nyckeltal.warehouse;

import static se.nyckeltal.warehouse.jooq.meta.Tables.PUBLISHED_COPY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import se.nyckeltal.warehouse.jooq.meta.tables.records.PublishedCopyRecord;

/**
 * What the warehouse remembers of the analysts' copies it published ({@code meta.published_copy}):
 * enough to tell whether the file at the copy's path is still the one it wrote, with the layout it
 * was written with, so that the next publication may start from it instead of from nothing.
 */
final class PublishedCopies {

    private final DSLContext dsl;

    PublishedCopies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Whether {@code copy} is a regular file (not a link) of the size and modification time recorded
     * when it was published with {@code layout}. A copy replaced, touched or removed by anyone else,
     * or one from before a change of layout, is not.
     */
    boolean isUnchangedSinceRecorded(Path copy, String layout) {
        PublishedCopyRecord recorded = dsl.selectFrom(PUBLISHED_COPY)
                .where(PUBLISHED_COPY.COPY_PATH.eq(copy.toString()))
                .fetchOne();
        if (recorded == null || !recorded.getLayout().equals(layout)) {
            return false;
        }
        try {
            BasicFileAttributes file = Files.readAttributes(copy, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return file.isRegularFile()
                    && file.size() == recorded.getFileBytes()
                    && file.lastModifiedTime().toMillis() == recorded.getModifiedMillis()
                    && !Files.exists(Path.of(copy + ".wal"), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException gone) {
            return false;
        }
    }

    /** Records {@code copy}, just published with {@code layout}, as it is on disk now. */
    void record(Path copy, String layout) throws IOException {
        BasicFileAttributes file = Files.readAttributes(copy, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        dsl.transaction(tx -> {
            tx.dsl()
                    .deleteFrom(PUBLISHED_COPY)
                    .where(PUBLISHED_COPY.COPY_PATH.eq(copy.toString()))
                    .execute();
            tx.dsl()
                    .insertInto(PUBLISHED_COPY)
                    .set(PUBLISHED_COPY.COPY_PATH, copy.toString())
                    .set(PUBLISHED_COPY.LAYOUT, layout)
                    .set(PUBLISHED_COPY.FILE_BYTES, file.size())
                    .set(PUBLISHED_COPY.MODIFIED_MILLIS, file.lastModifiedTime().toMillis())
                    .set(PUBLISHED_COPY.PUBLISHED_AT, LocalDateTime.now())
                    .execute();
        });
    }
}
