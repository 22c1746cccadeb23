package dev.cventmock.cvent.guests;

/**
 * The lexical check of xs:dateTime, {@code [-]YYYY-MM-DDThh:mm:ss[.f+][Z|±hh:mm]} on a real calendar date,
 * written out by hand: it runs for every dateTime attribute of every guest, and a regular expression plus
 * date objects cost more than the rest of the attribute's handling.
 */
final class XsDateTime {
    private XsDateTime() {
    }

    static boolean isValid(String v) {
        int n = v.length();
        int i = v.startsWith("-") ? 1 : 0;
        int yearStart = i;
        while (i < n && isDigit(v.charAt(i))) {
            i++;
        }
        int yearDigits = i - yearStart;
        if (yearDigits < 4 || yearDigits > 9 || (yearDigits > 4 && v.charAt(yearStart) == '0')) {
            return false;
        }
        // -MM-DDThh:mm:ss is 15 characters
        if (n < i + 15 || v.charAt(i) != '-' || v.charAt(i + 3) != '-' || v.charAt(i + 6) != 'T'
                || v.charAt(i + 9) != ':' || v.charAt(i + 12) != ':') {
            return false;
        }
        int month = twoDigits(v, i + 1);
        int day = twoDigits(v, i + 4);
        int hour = twoDigits(v, i + 7);
        int minute = twoDigits(v, i + 10);
        int second = twoDigits(v, i + 13);
        if (month < 1 || month > 12 || day < 1 || minute < 0 || minute > 59 || second < 0 || second > 59 || hour < 0) {
            return false;
        }
        long year = Long.parseLong(v.substring(yearStart, yearStart + yearDigits));
        if (day > daysIn(month, year)) {
            return false;
        }
        i += 15;
        boolean zeroFraction = true;
        if (i < n && v.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(v.charAt(i))) {
                zeroFraction &= v.charAt(i) == '0';
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (hour > 23 && !(hour == 24 && minute == 0 && second == 0 && zeroFraction)) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (v.charAt(i) == 'Z') {
            return i + 1 == n;
        }
        if ((v.charAt(i) != '+' && v.charAt(i) != '-') || n != i + 6 || v.charAt(i + 3) != ':') {
            return false;
        }
        int oh = twoDigits(v, i + 1);
        int om = twoDigits(v, i + 4);
        return oh >= 0 && om >= 0 && om <= 59 && (oh < 14 || (oh == 14 && om == 0));
    }

    private static int daysIn(int month, long year) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The two-digit number at {@code at}, or -1 when those are not two digits. */
    private static int twoDigits(String v, int at) {
        char a = v.charAt(at);
        char b = v.charAt(at + 1);
        return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
