package dev.cventmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.cvent.accounts.Session;
import dev.cventmock.faults.FaultAction;
import dev.cventmock.faults.FaultMatch;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.http.JsonLimits;
import dev.cventmock.journal.JournalEntry;
import java.time.Instant;

/** JSON shapes of the admin API other than guests: accounts, sessions, journal entries, fault rules. */
final class AdminJson {
    static final ObjectMapper MAPPER = JsonLimits.mapper();

    private AdminJson() {
    }

    static JsonNode parse(byte[] body) {
        try {
            return JsonLimits.read(MAPPER, body);
        } catch (JsonLimits.Unreadable e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }

    static ObjectNode object(JsonNode n, String what) {
        if (!(n instanceof ObjectNode o)) {
            throw AdminException.badRequest(what + " must be a JSON object");
        }
        return o;
    }

    static String required(JsonNode n, String key, String where) {
        String v = GuestJson.text(n.get(key), where + "." + key);
        if (v == null || v.isBlank()) {
            throw AdminException.badRequest(where + ": " + key + " is required");
        }
        return v;
    }

    static Account account(JsonNode n, String where) {
        object(n, where);
        String account = required(n, "AccountNumber", where);
        String user = required(n, "UserName", where);
        String password = GuestJson.text(n.get("Password"), where + ".Password");
        if (password == null) {
            throw AdminException.badRequest(where + ": Password is required");
        }
        return new Account(account, user, password);
    }

    static ObjectNode session(Session s, Instant now) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("token", s.token());
        o.put("AccountNumber", s.accountNumber());
        o.put("UserName", s.userName());
        o.put("created", s.created().toString());
        o.put("expires", s.expires().toString());
        o.put("expired", s.isExpiredAt(now));
        return o;
    }

    /** A journal entry in full, or without its bodies and headers ({@code bodies} false) for a listing. */
    static ObjectNode entry(JournalEntry e, boolean bodies) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("time", e.time().toString());
        o.put("clientAddress", e.clientAddress());
        o.put("method", e.method());
        o.put("path", e.path());
        o.put("protocol", e.protocol());
        o.put("operation", e.operation());
        o.put("eventId", e.eventId());
        o.set("guestIds", MAPPER.valueToTree(e.guestIds()));
        o.put("outcome", e.outcome().wireName());
        o.put("result", e.outcomeText());
        ObjectNode request = o.putObject("request");
        ObjectNode response = o.putObject("response");
        response.put("status", e.responseStatus());
        if (bodies) {
            request.set("headers", MAPPER.valueToTree(e.requestHeaders()));
            request.put("body", e.requestBody());
            response.set("headers", MAPPER.valueToTree(e.responseHeaders()));
            response.put("body", e.responseBody());
        } else {
            request.put("bodyBytes", e.requestBytes().length);
            response.put("bodyBytes", e.responseBytes().length);
        }
        o.put("durationMs", e.durationMs());
        return o;
    }

    static ObjectNode rule(FaultRule r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        ObjectNode match = o.putObject("match");
        putIfSet(match, "operation", r.match().operation());
        putIfSet(match, "eventId", r.match().eventId());
        putIfSet(match, "guestId", r.match().guestId());
        putIfSet(match, "messageId", r.match().messageId());
        FaultAction a = r.action();
        ObjectNode action = o.putObject("action");
        action.put("type", a.type().wireName());
        putIfSet(action, "code", a.code());
        putIfSet(action, "string", a.string());
        putIfSet(action, "description", a.description());
        if (a.ms() != null) {
            action.put("ms", a.ms());
        }
        if (a.status() != null) {
            action.put("status", a.status());
        }
        putIfSet(action, "body", a.body());
        if (r.times() != null) {
            o.put("times", r.times());
            o.put("remaining", r.remaining());
        }
        return o;
    }

    /** {"match": {...}, "action": {...}, "times": n} → match and action; throws 400 on anything wrong. */
    static FaultMatch match(JsonNode rule) {
        JsonNode m = rule.get("match");
        if (m == null || m.isNull()) {
            return FaultMatch.ANY;
        }
        object(m, "match");
        m.fieldNames().forEachRemaining(k -> {
            if (!java.util.Set.of("operation", "eventId", "guestId", "messageId").contains(k)) {
                throw AdminException.badRequest("match: unknown key '" + k + "' (operation, eventId, guestId, messageId)");
            }
        });
        return new FaultMatch(GuestJson.text(m.get("operation"), "match.operation"), GuestJson.text(m.get("eventId"), "match.eventId"),
                GuestJson.text(m.get("guestId"), "match.guestId"), GuestJson.text(m.get("messageId"), "match.messageId"));
    }

    static FaultAction action(JsonNode rule) {
        JsonNode a = rule.get("action");
        if (a == null || !a.isObject()) {
            throw AdminException.badRequest("action is required: {\"type\": \"soapFault\" | \"guestError\" | \"delay\" | "
                    + "\"httpStatus\" | \"dropConnection\" | \"malformedResponse\", …}");
        }
        try {
            FaultAction.Type type = FaultAction.Type.of(GuestJson.text(a.get("type"), "action.type") == null ? ""
                    : a.get("type").asText());
            return new FaultAction(type, GuestJson.text(a.get("code"), "action.code"), GuestJson.text(a.get("string"), "action.string"),
                    GuestJson.text(a.get("description"), "action.description"), number(a.get("ms"), "action.ms"),
                    a.hasNonNull("status") ? (int) (long) number(a.get("status"), "action.status") : null,
                    GuestJson.text(a.get("body"), "action.body"));
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }

    static Long number(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
            throw AdminException.badRequest(where + " must be a whole number");
        }
        return n.longValue();
    }

    private static void putIfSet(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
