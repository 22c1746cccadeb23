package dev.cventmock.xs2event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies built on the vendor page's sample (its "guest_id": "string" placeholder replaced by null). */
final class SeedBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ORDER = "7f0c8d2e1b3a4c5d9e8f7a6b5c4d3e2f_bor";
    static final String TICKET = "a5cf8e7b39c14aeba4de30a8f67b9e23_tck";

    private SeedBodies() {
    }

    /** The seed's guest with {@code overrides} (JSON members, e.g. "\"gender\": \"other\"") replacing or adding members. */
    static String guest(String overrides) {
        try {
            ObjectNode base = (ObjectNode) JSON.readTree(seedGuest());
            if (overrides != null && !overrides.isEmpty()) {
                base.setAll((ObjectNode) JSON.readTree("{" + overrides + "}"));
            }
            return JSON.writeValueAsString(base);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(overrides, e);
        }
    }

    private static String seedGuest() {
        return "{\"first_name\": \"John\", \"last_name\": \"Doe\", \"passport_number\": \"ABC123456\", "
                + "\"contact_email\": \"user@example.com\", \"contact_phone\": \"+31123456789\", \"lead_guest\": true, "
                + "\"date_of_birth\": \"1991-01-30\", \"gender\": \"male\", \"country_of_residence\": \"NLD\", "
                + "\"street_name\": \"Hereweg 95\", \"additional_street_name\": \"e\", \"city\": \"Groningen\", \"zip\": \"9721AA\", "
                + "\"province\": \"Groningen\", \"guest_id\": null, \"conditions\": \"string\", "
                + "\"reservation_id\": \"5e3ae0658c9e405a9a62367293b8f56b_rsv\", \"ticket_id\": \"ac8e9e918b4b4756b0f32e583a9cb3e4_tck\"}";
    }

    static String put(String... guests) {
        return "{\"items\": [{\"ticket_id\": \"" + TICKET + "\", \"guests\": [" + String.join(", ", guests) + "]}]}";
    }

    /** A booking order for the admin API: the seed's ticket with this quantity and requirements JSON. */
    static String order(int quantity, String requirements) {
        return "{\"event_id\": \"1a2b3c4d5e6f40718293a4b5c6d7e8f9_evt\", \"status\": \"confirmed\", \"tickets\": [{\"ticket_id\": \""
                + TICKET + "\", \"quantity\": " + quantity + ", \"requirements\": " + requirements + "}]}";
    }
}
