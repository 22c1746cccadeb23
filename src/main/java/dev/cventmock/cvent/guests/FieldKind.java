package dev.cventmock.cvent.guests;

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
            return XsDateTime.isValid(v) ? v : null;
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
    },
    /** xs:int: an optional sign and digits within 32 bits; kept without a plus sign or leading zeros. */
    INTEGER {
        @Override
        public String canonical(String value) {
            try {
                return Integer.toString(Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    };

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
            case INTEGER -> "xs:int";
        };
    }

}
