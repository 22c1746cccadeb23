package dev.cventmock.cvent.guests;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value kinds of guest attributes. Values are kept as text in their canonical lexical form, so what a
 * client wrote comes back as written (dateTimes keep their own precision and offset, or lack of one).
 */
public enum FieldKind {
    TEXT {
        @Override
        public String canonical(String value) {
            return value;
        }
    },
    /** xs:dateTime: {@code [-]YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]}, a real calendar date. */
    DATE_TIME {
        @Override
        public String canonical(String value) {
            String v = value.strip();
            Matcher m = DATE_TIME_PATTERN.matcher(v);
            if (!m.matches()) {
                return null;
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = Integer.parseInt(m.group(6));
            boolean endOfDay = hour == 24 && minute == 0 && second == 0 && (m.group(7) == null || m.group(7).matches("\\.0+"));
            if ((hour > 23 && !endOfDay) || minute > 59 || second > 59 || !validOffset(m.group(8))) {
                return null;
            }
            try {
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
            return v;
        }
    },
    /** xs:boolean: true, false, 1, 0; kept as true/false. */
    BOOLEAN {
        @Override
        public String canonical(String value) {
            switch (value.strip()) {
                case "true":
                case "1":
                    return "true";
                case "false":
                case "0":
                    return "false";
                default:
                    return null;
            }
        }
    };

    private static final Pattern DATE_TIME_PATTERN = Pattern.compile(
            "(-?\\d{4,9})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    /** The canonical form of {@code value}, or null when it is not a valid value of this kind. */
    public abstract String canonical(String value);

    /** Canonical form, or an {@link InvalidFieldValueException} naming the attribute and the value. */
    public String require(String attribute, String value) {
        String c = canonical(value);
        if (c == null) {
            throw new InvalidFieldValueException(attribute, value, this);
        }
        return c;
    }

    /** The XML Schema type name, for messages. */
    public String schemaType() {
        return switch (this) {
            case TEXT -> "xs:string";
            case DATE_TIME -> "xs:dateTime";
            case BOOLEAN -> "xs:boolean";
        };
    }

    private static boolean validOffset(String offset) {
        if (offset == null || offset.equals("Z")) {
            return true;
        }
        int h = Integer.parseInt(offset.substring(1, 3));
        int m = Integer.parseInt(offset.substring(4, 6));
        return m <= 59 && (h < 14 || (h == 14 && m == 0));
    }
}
