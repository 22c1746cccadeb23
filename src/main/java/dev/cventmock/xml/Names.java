package dev.cventmock.xml;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of element, attribute and prefix names, shared between documents: a request names the same few
 * dozen things thousands of times, so a name found in the table costs a comparison of its bytes instead of a new
 * string (and its hash, which every lookup by that name needs, is already computed). A fixed number of slots, so
 * the table never grows whatever is sent; a name may take any of four neighbouring slots, so the few hundred names
 * of the API all stay once seen and the table is then only read. Entries are immutable, so threads share it
 * without locks (at worst a name is made twice).
 */
final class Names {
    private static final int SLOT_BITS = 12;
    /** How many neighbouring slots a name may take: names that hash alike then all stay. */
    private static final int WAYS = 4;
    private static final int SLOTS = 1 << SLOT_BITS;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int LONGEST_KEPT = 64;
    private static final Entry[] TABLE = new Entry[SLOTS];

    private record Entry(byte[] bytes, String name) {
    }

    private Names() {
    }

    /** The name in {@code b[from, to)}, which holds ASCII only and is not empty. */
    static String of(byte[] b, int from, int to) {
        int length = to - from;
        int first = slot(b, from, to);
        int free = -1;
        for (int i = 0; i < WAYS; i++) {
            int slot = (first + i) & (SLOTS - 1);
            Entry e = TABLE[slot];
            if (e == null) {
                free = free < 0 ? slot : free;
            } else if (e.bytes.length == length && same(e.bytes, b, from)) {
                return e.name;
            }
        }
        String name = new String(b, from, length, StandardCharsets.ISO_8859_1);
        if (length <= LONGEST_KEPT) {
            // a full run of slots gives up its last: names kept early stay, which is what a steady client sends
            TABLE[free >= 0 ? free : (first + WAYS - 1) & (SLOTS - 1)] = new Entry(Arrays.copyOfRange(b, from, to), name);
        }
        return name;
    }

    /**
     * From the length and the first and last eight bytes, read as two words, rather than a chain of multiplications
     * as long as the name. Names of one request can still share a starting slot (the benchmark request's did, with
     * this hash and with one of a few bytes), hence the neighbouring slots {@link #of} also tries.
     */
    private static int slot(byte[] b, int from, int to) {
        int length = to - from;
        long h;
        if (length >= 8) {
            h = (long) WORDS.get(b, from) * 0x9E3779B97F4A7C15L + (long) WORDS.get(b, to - 8) * 0xC2B2AE3D27D4EB4FL;
        } else {
            long v = 0;
            for (int i = from; i < to; i++) {
                v = v << 8 | (b[i] & 0xFF);
            }
            h = v * 0x9E3779B97F4A7C15L;
        }
        h += length;
        return (int) (h ^ (h >>> 29)) * 0x9E3779B1 >>> (32 - SLOT_BITS);
    }

    /** Names are a few bytes long: a plain loop. */
    private static boolean same(byte[] kept, byte[] b, int from) {
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
