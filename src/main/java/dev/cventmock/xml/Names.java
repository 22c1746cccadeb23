package dev.cventmock.xml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of element, attribute and prefix names, shared between documents: a request names the same few
 * dozen things thousands of times, so a name found in the table costs a comparison of its bytes instead of a new
 * string (and its hash, which every lookup by that name needs, is already computed). A fixed number of slots,
 * each replaced by the latest name that falls into it, so the table never grows whatever is sent; entries are
 * immutable, so threads share it without locks (at worst a name is made twice).
 */
final class Names {
    private static final int SLOTS = 1024;
    private static final int LONGEST_KEPT = 64;
    private static final Entry[] TABLE = new Entry[SLOTS];

    private record Entry(byte[] bytes, String name) {
    }

    private Names() {
    }

    /** The name in {@code b[from, to)}, which holds ASCII only and is not empty. */
    static String of(byte[] b, int from, int to) {
        int length = to - from;
        Entry e = TABLE[slot(b, from, to)];
        if (e != null && e.bytes.length == length && same(e.bytes, b, from)) {
            return e.name;
        }
        String name = new String(b, from, length, StandardCharsets.ISO_8859_1);
        if (length <= LONGEST_KEPT) {
            TABLE[slot(b, from, to)] = new Entry(Arrays.copyOfRange(b, from, to), name);
        }
        return name;
    }

    /**
     * From the length and the bytes at both ends and in the middle, not all of them: a hash over every byte is a
     * chain of multiplications as long as the name, which cost more than the rest of reading it. Names that share
     * a slot only cost a string each time.
     */
    private static int slot(byte[] b, int from, int to) {
        int length = to - from;
        int h = length * 0x9E3779B1 + b[from] * 31 + b[to - 1] * 961 + b[from + (length >>> 1)] * 29791
                + b[Math.max(from, to - 2)] * 923521;
        return (h ^ (h >>> 15)) & (SLOTS - 1);
    }

    /** A plain loop: names are short, and the vectorised comparison's set-up costs more than it saves on them. */
    private static boolean same(byte[] kept, byte[] b, int from) {
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
