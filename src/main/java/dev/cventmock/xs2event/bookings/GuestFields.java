package dev.cventmock.xs2event.bookings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The guest-data fields of XS2event and the format each must have. */
public final class GuestFields {
    /** Fields a client writes, in the order responses list them. */
    public static final List<String> DATA = List.of("first_name", "last_name", "passport_number", "contact_email",
            "contact_phone", "lead_guest", "date_of_birth", "gender", "country_of_residence", "street_name",
            "additional_street_name", "city", "zip", "province", "reservation_id", "ticket_id");
    /** Accepted in requests but owned by the server: guest_id is assigned, conditions derived. */
    public static final Set<String> SERVER_OWNED = Set.of("guest_id", "conditions");
    public static final Set<String> GENDERS = Set.of("male", "female", "unknown");
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+\\d{6,15}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private GuestFields() {
    }

    public static boolean isField(String name) {
        return DATA.contains(name);
    }

    /**
     * Why a value is not acceptable for the field, or null when it is. {@code value} is a String, a Boolean
     * (lead_guest) or null; {@code today} bounds dates of birth.
     */
    public static String problem(String field, Object value, LocalDate today) {
        if (value == null) {
            return null;
        }
        if (field.equals("lead_guest")) {
            return value instanceof Boolean ? null : "must be true or false";
        }
        if (!(value instanceof String s)) {
            return "must be a string";
        }
        switch (field) {
            case "date_of_birth" -> {
                if (!DATE.matcher(s).matches()) {
                    return "must be a date as YYYY-MM-DD";
                }
                try {
                    LocalDate d = LocalDate.parse(s);
                    return d.isAfter(today) ? "must not be in the future" : null;
                } catch (DateTimeException e) {
                    return "is not a real date";
                }
            }
            case "gender" -> {
                return GENDERS.contains(s) ? null : "must be one of male, female, unknown";
            }
            case "country_of_residence" -> {
                return COUNTRIES.contains(s) ? null : "must be an ISO 3166-1 alpha-3 country code in upper case, e.g. NLD";
            }
            case "contact_email" -> {
                return EMAIL.matcher(s).matches() ? null : "must be an e-mail address";
            }
            case "contact_phone" -> {
                return PHONE.matcher(s).matches() ? null : "must be + followed by 6 to 15 digits, e.g. +31123456789";
            }
            default -> {
                return s.length() <= 1000 ? null : "must be at most 1000 characters";
            }
        }
    }

    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }
}
