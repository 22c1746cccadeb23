package dev.cventmock.soap;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.testing.Backends;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UpdateGuestInfo bodies shaped like the benchmark harness's payloads (every Guest attribute, two custom fields, a
 * non-ASCII letter every guest or so), made here from a fixed seed, so that the tests need nothing outside the
 * project; {@code -Dcventmock.bench.payloads=DIR} reads the harness's own request-N.xml files instead.
 */
final class BenchPayloads {
    private static final Pattern GUEST_ID = Pattern.compile("(<Guest Id=\")([0-9A-F-]{36})(\")");
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    private static final String[] FIRST = {"James", "Maria", "Chloé", "Søren", "Aiko", "José", "Zoë", "Priya", "Björn",
        "Fatima", "Liam", "Noor", "Émile", "Hannah", "Kwame", "Ines"};
    private static final String[] LAST = {"Okafor", "García", "Müller", "Nakamura", "Johansson", "Dubois", "Patel",
        "O'Brien", "Kowalski", "Rossi", "Nguyen", "Çelik", "Smith", "Fernández", "Lindqvist", "Haddad"};
    private static final String[] COMPANY = {"Northwind Traders", "Contoso Ltd", "Fabrikam & Sons", "Tailspin Toys",
        "Wide World Importers", "Adventure Works", "Litware Inc", "Proseware"};
    private static final String[] CITY = {"Austin", "Zürich", "São Paulo", "Osaka", "Lyon", "Chicago", "Kraków", "Oslo"};
    private static final String[] COUNTRY = {"United States", "Switzerland", "Brazil", "Japan", "France", "Poland", "Norway"};
    private static final String[] TRACK = {"Data Platform; Security", "Cloud", "AI; Analytics", "Developer Tools"};

    private BenchPayloads() {
    }

    /** A fresh Cvent backend with a session "bench-token", and the operations over it. */
    static V200611Operations operations(CventBackend[] backend) {
        backend[0] = Backends.inMemory();
        backend[0].sessions().create("TEST", "test", "bench-token");
        return new V200611Operations(backend[0]);
    }

    /** The UpdateGuestInfo body with {@code guests} guests and this session. */
    static String request(int guests, String token) {
        String folder = System.getProperty("cventmock.bench.payloads");
        String xml = folder == null ? generated(guests) : read(Path.of(folder).resolve("request-" + guests + ".xml"));
        return xml.replaceFirst("<CventSessionValue>[^<]*</CventSessionValue>", "<CventSessionValue>" + token + "</CventSessionValue>");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no payload " + file + " (-Dcventmock.bench.payloads names the folder)", e);
        }
    }

    /** The same body every time for the same number of guests (a fixed seed). */
    static String generated(int guests) {
        Random r = new Random(20261130L + guests);
        StringBuilder b = new StringBuilder(1_800 * guests + 800);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n")
                .append("  <soap:Header>\n    <CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\">\n")
                .append("      <CventSessionValue>session</CventSessionValue>\n    </CventSessionHeader>\n  </soap:Header>\n")
                .append("  <soap:Body>\n    <UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\">\n      <EventId>").append(EVENT)
                .append("</EventId>\n      <Guests>\n");
        for (int i = 0; i < guests; i++) {
            String first = pick(r, FIRST);
            String last = pick(r, LAST);
            String company = pick(r, COMPANY);
            String mail = ascii(first) + "." + ascii(last) + "@" + ascii(company).replaceAll("[^a-z0-9]", "") + ".example.com";
            b.append("        <Guest");
            attr(b, "Id", uuid(r));
            attr(b, "MessageId", String.format("msg-%04d", i));
            attr(b, "EventID", EVENT);
            attr(b, "ContactID", uuid(r));
            attr(b, "EventTitle", "2026 Global Partner Summit & Expo");
            attr(b, "EventCode", "GPS26");
            attr(b, "GuestConfirmationNumber", String.format("%011X", r.nextLong() & 0xFFFFFFFFFFFL));
            attr(b, "RegistrationID", uuid(r));
            attr(b, "FirstName", first);
            attr(b, "MiddleName", (char) ('A' + r.nextInt(26)) + ".");
            attr(b, "LastName", last);
            attr(b, "Nickname", first.substring(0, Math.min(3, first.length())));
            attr(b, "Gender", r.nextBoolean() ? "Male" : "Female");
            attr(b, "DateOfBirth", (1950 + r.nextInt(50)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + "T00:00:00");
            attr(b, "SocialSecurityNumber", String.format("900-%02d-%04d", r.nextInt(100), r.nextInt(10_000)));
            attr(b, "NationalIdentificationNumber", "NIN" + (40_000_000 + r.nextInt(10_000_000)));
            attr(b, "PassportNumber", "X" + (51_000_000 + r.nextInt(1_000_000)));
            attr(b, "PassportCountry", pick(r, COUNTRY));
            attr(b, "Company", company);
            attr(b, "Designation", "Director of Partnerships");
            attr(b, "Title", r.nextBoolean() ? "Mr." : "Ms.");
            attr(b, "Phone", "+1 512-555-0" + (100 + r.nextInt(900)));
            attr(b, "Mobile", "+1 737-555-0" + (100 + r.nextInt(900)));
            attr(b, "Email", mail);
            attr(b, "CCEmail", "events-admin@" + mail.substring(mail.indexOf('@') + 1));
            attr(b, "Address1", (100 + r.nextInt(9_000)) + " Congress Ave");
            attr(b, "Address2", "Suite " + (100 + r.nextInt(900)));
            attr(b, "Address3", "Attn: Travel Desk");
            attr(b, "City", pick(r, CITY));
            attr(b, "State", "TX");
            attr(b, "RegistrationDate", "2026-01-01T08:00:00");
            attr(b, "CreatedDate", "2026-01-01T08:00:00");
            attr(b, "CreatedBy", "api_sync");
            attr(b, "LastModifiedDate", "2026-10-01T14:00:00");
            attr(b, "LastModifiedBy", "api_sync");
            attr(b, "LastOptOutDate", "0001-01-01T00:00:00");
            attr(b, "OptedOut", "false");
            attr(b, "Participant", String.valueOf(r.nextBoolean()));
            attr(b, "Status", "Accepted");
            attr(b, "Country", pick(r, COUNTRY));
            attr(b, "CountryCode", "US");
            attr(b, "PostalCode", String.valueOf(10_000 + r.nextInt(89_999)));
            attr(b, "IsObfuscated", "false");
            attr(b, "NationalProviderIdentifier", String.valueOf(1_003_000_000 + r.nextInt(1_000_000)));
            b.append(">\n");
            customField(b, "Dietary Restrictions", "Choice (Single Answer)", r.nextBoolean() ? "None" : "Vegetarian", uuid(r));
            customField(b, "Session Track", "Choice (Multiple Answers)", pick(r, TRACK), uuid(r));
            b.append("        </Guest>\n");
        }
        return b.append("      </Guests>\n    </UpdateGuestInfo>\n  </soap:Body>\n</soap:Envelope>\n").toString();
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong()).toString().toUpperCase(Locale.ROOT);
    }

    /** Letters without their accents, for e-mail addresses. */
    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "").replace("'", "").toLowerCase(Locale.ROOT);
    }

    private static void attr(StringBuilder b, String name, String value) {
        b.append(' ').append(name).append("=\"").append(value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                .append('"');
    }

    private static void customField(StringBuilder b, String name, String type, String value, String id) {
        b.append("          <CustomFieldDetail");
        attr(b, "FieldName", name);
        attr(b, "FieldType", type);
        attr(b, "FieldValue", value);
        attr(b, "FieldId", id);
        b.append(" xmlns=\"http://schemas.cvent.com/api/2006-11\" />\n");
    }

    /** The same request with every guest given a new random Id, as a distinct batch of guests. */
    static byte[] withFreshIds(String request) {
        Matcher m = GUEST_ID.matcher(request);
        StringBuilder out = new StringBuilder(request.length());
        while (m.find()) {
            m.appendReplacement(out, "$1" + UUID.randomUUID().toString().toUpperCase() + "$3");
        }
        return m.appendTail(out).toString().getBytes(StandardCharsets.UTF_8);
    }
}
