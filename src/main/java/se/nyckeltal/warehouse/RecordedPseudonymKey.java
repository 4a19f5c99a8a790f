package se.nyckeltal.warehouse;

import static se.nyckeltal.warehouse.jooq.core.Tables.SICK_LEAVE;
import static se.nyckeltal.warehouse.jooq.core.Tables.STAFFING;
import static se.nyckeltal.warehouse.jooq.meta.Tables.PSEUDONYM_KEY;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * What a warehouse remembers of the key that made its pseudonyms: a keyed fingerprint
 * ({@code meta.pseudonym_key}, see {@link Pseudonymizer#keyFingerprint()}), never the key.
 */
public class RecordedPseudonymKey {

    private final DSLContext dsl;

    public RecordedPseudonymKey(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The fingerprint of the key of this warehouse's pseudonyms, if one was recorded. */
    public Optional<String> fingerprint() {
        return dsl.select(PSEUDONYM_KEY.FINGERPRINT)
                .from(PSEUDONYM_KEY)
                .orderBy(PSEUDONYM_KEY.RECORDED_AT)
                .limit(1)
                .fetchOptional(PSEUDONYM_KEY.FINGERPRINT);
    }

    /**
     * True when pseudonyms made with some key are stored: a fingerprint is recorded, or (a warehouse
     * loaded before fingerprints were recorded) there are staffing or sick-leave rows.
     */
    public boolean holdsPseudonyms() {
        return fingerprint().isPresent() || dsl.fetchExists(STAFFING) || dsl.fetchExists(SICK_LEAVE);
    }

    /** Records the fingerprint of the key from now on (committed at once: no transaction runs yet). */
    public void record(String fingerprint) {
        dsl.insertInto(PSEUDONYM_KEY)
                .set(PSEUDONYM_KEY.FINGERPRINT, fingerprint)
                .set(PSEUDONYM_KEY.RECORDED_AT, LocalDateTime.now())
                .execute();
    }
}
