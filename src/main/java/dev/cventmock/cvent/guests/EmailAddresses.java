package dev.cventmock.cvent.guests;

/**
 * The e-mail checks of UpdateGuestInfo: one address (Email), or a list separated by ';' or ',' (CCEmail).
 * An address is a local part of letters, digits and {@code .!#$%&'*+/=?^_`{|}~-}, an '@', and a domain of two
 * or more dot-separated labels, each of letters, digits and inner hyphens. Written out rather than as a regular
 * expression: the JDK's matcher allocates for every repeated group it enters, and with 200 guests a call this
 * check was a tenth of the call's CPU. The language is the same as the expression's (EmailAddressesTest
 * compares the two on generated text).
 */
final class EmailAddresses {
    private EmailAddresses() {
    }

    static boolean isAddress(String s) {
        return isAddress(s, 0, s.length());
    }

    /**
     * Whether {@code s} is a list of addresses: split at every ';' or ',' with the ASCII whitespace around it, as
     * {@code String.split} does (trailing empty entries dropped), and every remaining entry an address.
     */
    static boolean isList(String s) {
        int end = s.length();
        int separator = nextSeparator(s, 0, end);
        if (separator < 0) {
            return isAddress(s);
        }
        boolean emptyBefore = false; // an empty entry is only allowed among the trailing ones
        int from = 0;
        while (true) {
            int to = separator < 0 ? end : separator;
            int start = from == 0 ? 0 : skipSpace(s, from, to);
            int stop = separator < 0 ? to : trimEnd(s, start, to);
            if (start == stop) {
                emptyBefore = true;
            } else if (emptyBefore || !isAddress(s, start, stop)) {
                return false;
            }
            if (separator < 0) {
                return true;
            }
            from = separator + 1;
            separator = nextSeparator(s, from, end);
        }
    }

    private static boolean isAddress(String s, int from, int to) {
        int at = from;
        while (at < to && isLocalChar(s.charAt(at))) {
            at++;
        }
        if (at == from || at == to || s.charAt(at) != '@') {
            return false;
        }
        int labels = 0;
        int i = at + 1;
        while (true) {
            int start = i;
            while (i < to && (isAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i == start || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
                return false;
            }
            labels++;
            if (i == to) {
                return labels >= 2;
            }
            if (s.charAt(i) != '.') {
                return false;
            }
            i++;
        }
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLocalChar(char c) {
        return isAlnum(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    /** The whitespace of regular expressions' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isSeparator(char c) {
        return c == ';' || c == ',';
    }

    private static int nextSeparator(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isSeparator(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
