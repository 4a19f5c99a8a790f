package se.nyckeltal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The same natural key twice in one file: the later record is rejected.
 *
 * <p>A file may hold millions of records. Keeping one key object per record alive until the end of the
 * file made the garbage collector copy them again and again (measured: three times the wall time of a
 * 1 M-row read), so keys are kept as 96-bit fingerprints in a primitive array instead: no object per
 * record at all. Two different keys share a fingerprint with a probability of about n²/2⁹⁷
 * (≈ 10⁻¹⁶ for 4 million keys), far below any other source of error. Keys are the typed values
 * (pseudonyms, never raw references).
 *
 * <p>A slot is two longs, 16 bytes, so that a probe reads one cache line, and the table is sized
 * from the expected number of records at the start instead of being rehashed as it grows: a
 * quarter of the memory of three-long slots at most half full. (JFR put a tenth of the ingest
 * threads' Java samples in the probes' cache misses, but switching the check off entirely saved
 * only 0.2-0.3 s of a scale-1 read on two threads: BENCHMARKS.md.)
 *
 * <p>The table is bounded: it may take an eighth of the JVM's maximum heap (32 MB, 1 572 864 keys,
 * with {@code -Xmx256m}; two ingest threads, each growing one table, stay within a third of it). A file
 * with more distinct keys fails as a whole ({@link ReadLimitExceeded}) instead of taking the JVM down.
 */
final class DuplicateKeys implements FileScopedCheck {

    private static final int MIN_CAPACITY = 1 << 10;
    /** Presized up to this; a larger file grows the table as it goes (16 MB). */
    private static final int MAX_INITIAL_CAPACITY = 1 << 20;

    private static final long SEED_1 = 0x243F6A8885A308D3L;
    private static final long SEED_2 = 0x13198A2E03707344L;
    /** A slot: the first fingerprint half, then the second's upper 32 bits over the first line's number. */
    private static final int STRIDE = 2;

    private static final long UPPER = 0xFFFF_FFFF_0000_0000L;
    private static final long LINE = 0x0000_0000_FFFF_FFFFL;

    /** The largest table, in slots: the power of two whose table is at most an eighth of the heap. */
    static final int MAX_CAPACITY = maxCapacityFor(Runtime.getRuntime().maxMemory());

    private final int[] keyColumns;
    private final int maxCapacity;
    private final String keyDescription;
    /** Open addressing, linear probing; a slot is empty while its line number is 0 (data starts at line 2). */
    private long[] slots;

    private int capacity;
    private int size;

    /** Where the last checked record's key goes, so that remembering it needs no second probe. */
    private long pending1;

    private long pending2;
    private int pendingSlot = -1;

    /** @param expectedRecords how many records the file probably holds (sizes the table; 0 if unknown) */
    DuplicateKeys(int[] keyColumns, List<String> keyColumnNames, long expectedRecords) {
        this(keyColumns, keyColumnNames, expectedRecords, MAX_CAPACITY);
    }

    /** @param maxCapacity the largest table, in slots (a power of two): it holds three quarters as many keys */
    DuplicateKeys(int[] keyColumns, List<String> keyColumnNames, long expectedRecords, int maxCapacity) {
        this.keyColumns = keyColumns.clone();
        this.keyDescription = String.join(", ", keyColumnNames);
        this.maxCapacity = maxCapacity;
        this.capacity = Math.min(capacityFor(expectedRecords), maxCapacity);
        this.slots = new long[capacity * STRIDE];
    }

    static int maxCapacityFor(long maxHeapBytes) {
        long slots = maxHeapBytes / 8 / (STRIDE * Long.BYTES);
        return (int) Math.max(MIN_CAPACITY, Math.min(1 << 30, Long.highestOneBit(Math.max(1, slots))));
    }

    /** The most distinct keys a table of at most {@code maxCapacity} slots holds. */
    static long maxKeys(int maxCapacity) {
        return maxCapacity * 3L / 4;
    }

    /** At most three quarters full: the smallest power of two of at least 4/3 of the records. */
    private static int capacityFor(long records) {
        long wanted = Math.max(MIN_CAPACITY, Math.min(MAX_INITIAL_CAPACITY, records * 4 / 3));
        return Integer.highestOneBit((int) (wanted - 1)) << 1;
    }

    @Override
    public Rejection check(Object[] values) {
        long h1 = SEED_1;
        long h2 = SEED_2;
        for (int column : keyColumns) {
            Object value = values[column];
            if (value instanceof String text) {
                int length = text.length();
                h1 = mix1(h1 ^ length);
                h2 = mix2(h2 + length);
                for (int i = 0; i < length; i += 4) {
                    long word = text.charAt(i);
                    for (int j = i + 1; j < Math.min(i + 4, length); j++) {
                        word = (word << 16) | text.charAt(j);
                    }
                    h1 = mix1(h1 ^ word);
                    h2 = mix2(h2 + word);
                }
            } else if (value instanceof LocalDate date) {
                h1 = mix1(h1 ^ date.toEpochDay());
                h2 = mix2(h2 + date.toEpochDay());
            } else if (value instanceof Integer number) {
                h1 = mix1(h1 ^ number);
                h2 = mix2(h2 + number);
            } else {
                throw new IllegalStateException("Natural key values are text, dates or integers, not " + value);
            }
        }
        h2 &= UPPER;
        int slot = probe(slots, capacity, h1, h2);
        long firstLine = slots[slot * STRIDE + 1] & LINE;
        if (firstLine != 0) {
            return new Rejection(null, "duplicate key (" + keyDescription + "): same as line " + firstLine);
        }
        pending1 = h1;
        pending2 = h2;
        pendingSlot = slot;
        return null;
    }

    /** Called right after a passing {@link #check} of the same record. */
    @Override
    public void remember(Object[] values, long lineNumber) {
        if (size == maxKeys(maxCapacity)) {
            throw new ReadLimitExceeded(
                    lineNumber,
                    String.format(
                            Locale.ROOT,
                            "the file holds more than %,d distinct keys (%s), the most whose repeats the loader checks"
                                    + " within its heap (an eighth of the JVM's maximum, %,d MB); split the file, or give"
                                    + " the loader more heap (-Xmx)",
                            maxKeys(maxCapacity),
                            keyDescription,
                            Runtime.getRuntime().maxMemory() >> 20));
        }
        put(slots, pendingSlot, pending1, pending2, lineNumber);
        pendingSlot = -1;
        if (++size * 4L > capacity * 3L) {
            grow();
        }
    }

    /** The slot holding the fingerprint ({@code h2}: its upper 32 bits), or the empty slot where it belongs. */
    private static int probe(long[] slots, int capacity, long h1, long h2) {
        int mask = capacity - 1;
        int slot = (int) (h1 ^ (h1 >>> 32)) & mask;
        while (true) {
            int at = slot * STRIDE;
            long second = slots[at + 1];
            if ((second & LINE) == 0 || (slots[at] == h1 && (second & UPPER) == h2)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * A line number takes the slot's lower 32 bits: a file of more than 4 294 967 295 lines (some
     * 200 GB) would name a wrong first line in the reason, never accept a repeated key.
     */
    private static void put(long[] slots, int slot, long h1, long h2, long line) {
        int at = slot * STRIDE;
        slots[at] = h1;
        slots[at + 1] = h2 | Math.min(line, LINE);
    }

    private void grow() {
        long[] old = slots;
        capacity *= 2;
        slots = new long[capacity * STRIDE];
        for (int at = 0; at < old.length; at += STRIDE) {
            long second = old[at + 1];
            if ((second & LINE) != 0) {
                put(slots, probe(slots, capacity, old[at], second & UPPER), old[at], second & UPPER, second & LINE);
            }
        }
    }

    /** Two unrelated 64-bit mixers (Stafford's variants 13 and 4), one per half of the fingerprint. */
    private static long mix1(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long mix2(long z) {
        z = (z ^ (z >>> 33)) * 0x62A9D9ED799705F5L;
        z = (z ^ (z >>> 28)) * 0xCB24D0A5C88C35B3L;
        return z ^ (z >>> 32);
    }
}
