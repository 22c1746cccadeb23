package dev.cventmock.cvent.guests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A guest's unique values (its ids, numbers, e-mail and phones: the fields the value pool does not share) kept in one
 * Latin-1 byte array instead of a String and an array each: two objects and their headers per value were over half of
 * a stored guest's memory. Each entry is the field's ordinal, its length in two bytes, then its characters, in field
 * order. A value that is not Latin-1, or longer than 65,535 characters, stays a String in the guest's values.
 * Entries are copied, not decoded, when an update leaves them alone, and compared in place when it resends them.
 */
final class PackedText {
    private static final int MAX_LENGTH = 0xFFFF;

    private PackedText() {
    }

    /** Whether values of this field are packed (when they can be). */
    static boolean packs(GuestField f) {
        return !f.isShared();
    }

    /** The value stored for the field, or null when there is no entry for it. */
    static String get(byte[] packed, int ordinal) {
        int at = find(packed, ordinal);
        return at < 0 ? null : new String(packed, at + 3, length(packed, at), StandardCharsets.ISO_8859_1);
    }

    /**
     * Gives {@code sink} every field's value in field order (null when unset): a String from {@code values}, else the
     * packed entry read in place through one view, which is valid only during that call. One pass over the array.
     */
    static void forEach(String[] values, byte[] packed, java.util.function.BiConsumer<GuestField, CharSequence> sink) {
        Latin1 view = packed == null ? null : new Latin1(packed, 0, 0);
        int at = 0;
        for (GuestField f : GuestField.all()) {
            String v = values[f.ordinal()];
            if (v != null || packed == null || at >= packed.length || packed[at] != f.ordinal()) {
                sink.accept(f, v);
                continue;
            }
            view.offset = at + 3;
            view.length = length(packed, at);
            at = view.offset + view.length;
            sink.accept(f, view);
        }
    }

    /**
     * The entries for {@code values} laid over {@code base}: every packable value in {@code values} is moved into the
     * result (its slot set to null); a field whose slot is null keeps its entry from {@code base}; a value that cannot be
     * packed stays in its slot and drops the base's entry. Null when there are no entries; {@code base} itself when
     * every value given is the one it holds (compared in place, in one pass).
     */
    static byte[] pack(String[] values, byte[] base) {
        if (base != null && unchanged(values, base)) {
            return base;
        }
        int most = base == null ? 0 : base.length;
        for (GuestField f : GuestField.all()) {
            String v = values[f.ordinal()];
            most += v != null && packs(f) ? 3 + v.length() : 0;
        }
        byte[] out = new byte[most];
        int p = 0;
        int at = 0; // the base's next entry: both are in field order
        for (GuestField f : GuestField.all()) {
            int o = f.ordinal();
            boolean inBase = base != null && at < base.length && base[at] == o;
            int baseEntry = inBase ? 3 + length(base, at) : 0;
            String v = values[o];
            if (v == null && inBase) {
                System.arraycopy(base, at, out, p, baseEntry);
                p += baseEntry;
            } else if (v != null && packs(f) && packable(v)) {
                out[p] = (byte) o;
                out[p + 1] = (byte) (v.length() >>> 8);
                out[p + 2] = (byte) v.length();
                for (int i = 0; i < v.length(); i++) {
                    out[p + 3 + i] = (byte) v.charAt(i); // Latin-1, checked: each character is its low byte
                }
                p += 3 + v.length();
                values[o] = null;
            }
            at += baseEntry;
        }
        return p == 0 ? null : p == out.length ? out : Arrays.copyOf(out, p);
    }

    /** Clears from {@code values} what {@code packed} holds already; true when no packable value is left to store. */
    private static boolean unchanged(String[] values, byte[] packed) {
        for (int at = 0; at < packed.length; at += 3 + length(packed, at)) {
            String v = values[packed[at]];
            if (v != null && equals(packed, at, v)) {
                values[packed[at]] = null;
            }
        }
        for (GuestField f : GuestField.all()) {
            String v = values[f.ordinal()];
            if (v != null && packs(f) && (packable(v) || find(packed, f.ordinal()) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equals(byte[] packed, int at, String value) {
        if (length(packed, at) != value.length()) {
            return false;
        }
        for (int i = 0, p = at + 3; i < value.length(); i++, p++) {
            if ((packed[p] & 0xFF) != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean packable(String v) {
        if (v.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static int find(byte[] packed, int ordinal) {
        if (packed == null) {
            return -1;
        }
        for (int at = 0; at < packed.length; at += 3 + length(packed, at)) {
            int o = packed[at];
            if (o == ordinal) {
                return at;
            }
            if (o > ordinal) {
                return -1; // entries are in field order
            }
        }
        return -1;
    }

    private static int length(byte[] packed, int at) {
        return (packed[at + 1] & 0xFF) << 8 | packed[at + 2] & 0xFF;
    }

    /** Latin-1 bytes seen as characters, without copying them. */
    private static final class Latin1 implements CharSequence {
        private final byte[] bytes;
        private int offset;
        private int length;

        Latin1(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[offset + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Latin1(bytes, offset + start, end - start);
        }

        @Override
        public String toString() {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
    }
}
