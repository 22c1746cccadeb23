package dev.cventmock.soap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@code Id} first among the attributes of each {@code CvObject} in a Retrieve answer written by Metro, as Cvent
 * writes it. JAXB writes a derived type's own attributes before those it inherits, so {@code Id} (from CvObject) would
 * come last. Only attributes within a start tag are permuted: the answer keeps its length and everything else.
 */
final class IdFirst {
    private static final String TAG = "CvObject";

    private IdFirst() {
    }

    static byte[] rewrite(byte[] answer) {
        String s = new String(answer, StandardCharsets.ISO_8859_1); // one char per byte: offsets and length are kept
        StringBuilder out = null;
        int from = 0;
        int at;
        while ((at = s.indexOf(TAG + " ", from)) >= 0) {
            int start = s.lastIndexOf('<', at);
            int end = s.indexOf('>', at);
            if (start < 0 || end < 0 || !isName(s, start + 1, at)) {
                from = at + TAG.length();
                continue;
            }
            String reordered = reorder(s.substring(at + TAG.length(), end));
            if (reordered != null) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.replace(at + TAG.length(), end, reordered);
            }
            from = end;
        }
        return out == null ? answer : out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The tag's attribute text (from the blank after the name to before {@code >}) with Id moved first, or null. */
    private static String reorder(String attributes) {
        boolean selfClosing = attributes.endsWith("/");
        String body = selfClosing ? attributes.substring(0, attributes.length() - 1) : attributes;
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            int eq = body.indexOf("=\"", i);
            if (eq < 0) {
                break;
            }
            int close = body.indexOf('"', eq + 2);
            if (close < 0) {
                return null;
            }
            parts.add(body.substring(i, close + 1)); // leading blank, name, ="value"
            i = close + 1;
        }
        if (i != body.length()) {
            return null;
        }
        int id = -1;
        int firstPlain = -1;
        for (int k = 0; k < parts.size(); k++) {
            String name = parts.get(k).strip();
            name = name.substring(0, name.indexOf('='));
            if (name.equals("Id")) {
                id = k;
            } else if (firstPlain < 0 && !name.startsWith("xmlns") && !name.contains(":")) {
                firstPlain = k;
            }
        }
        if (id < 0 || firstPlain < 0 || id < firstPlain) {
            return null;
        }
        parts.add(firstPlain, parts.remove(id));
        return String.join("", parts) + (selfClosing ? "/" : "");
    }

    /** True when {@code s[from, to)} is an element name, optionally prefixed ({@code ns2:}). */
    private static boolean isName(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
