package dev.cventmock.xs2event.rest;

import dev.cventmock.http.ApiDescription;
import dev.cventmock.state.Capacity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.http.JsonLimits;
import dev.cventmock.journal.CallContext;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.bookings.GuestDataRejected;
import dev.cventmock.xs2event.bookings.GuestFields;
import dev.cventmock.xs2event.bookings.GuestInput;
import dev.cventmock.xs2event.bookings.GuestRecord;
import dev.cventmock.xs2event.bookings.ItemInput;
import dev.cventmock.xs2event.bookings.NotFound;
import dev.cventmock.xs2event.bookings.ValidationErrors;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XS2event calls themselves, whichever way a request came in (the servlet, or the direct handler for
 * PUTs): admission (rate limit, API key, route), the route's work on the booking orders, and the JSON
 * answer or error. Knows nothing of the servlet API; a request is its method, path, client, key and body.
 */
final class Xs2eventCalls {
    /** This API's OpenAPI document, served at /v1/openapi.json; read on first request, not during start-up. */
    private static final class Description {
        static final JsonNode DOCUMENT = ApiDescription.load("xs2event");
    }

    private static final Logger LOG = LoggerFactory.getLogger(Xs2eventCalls.class);
    private static final Set<String> SORTABLE = Set.copyOf(GuestFields.DATA);

    private final BookingOrders orders;
    private final Set<String> apiKeys;
    private final ClientRateLimit rateLimit;

    Xs2eventCalls(BookingOrders orders, Set<String> apiKeys, double requestsPerSecond) {
        this.orders = orders;
        this.apiKeys = Set.copyOf(apiKeys);
        this.rateLimit = new ClientRateLimit(requestsPerSecond);
    }

    void resetRateLimit() {
        rateLimit.clear();
    }

    /** What admission decided: the route and path segments of an admitted call, or the refusal to answer with. */
    record Admission(Route route, List<String> path, Answer refusal) {
    }

    /**
     * Names the call (protocol, operation, booking order) and checks the rate limit, the API key and the route.
     */
    Admission admit(String method, String path, String clientAddress, String apiKey, String contentType, CallContext call) {
        List<String> p = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        Route route = Route.of(method, p);
        call.protocol("REST").operation(route == null ? method + " " + path : route.operationName());
        Answer refusal = null;
        if (route == Route.GET_DESCRIPTION) {
            return new Admission(route, p, null); // the API's description is public: no key, no rate limit
        }
        if (!rateLimit.tryAcquire(clientAddress)) {
            refusal = json(call, 503, message("rate limit exceeded for " + clientAddress + "; slow down and retry"));
        } else if (apiKey == null || apiKey.isBlank()) {
            refusal = json(call, 401, message("missing X-Api-Key header"));
        } else if (!apiKeys.contains(apiKey.strip())) {
            refusal = json(call, 401, message("invalid API key"));
        } else if (route == null) {
            refusal = json(call, Route.knownPath(p) ? 405 : 404, message(Route.knownPath(p)
                    ? method + " is not allowed on " + path : "no route " + method + " " + path));
        } else if (route.takesBody() && !isJson(contentType)) {
            refusal = json(call, 415, message("unsupported Content-Type '" + contentType
                    + "': the XS2event API takes application/json (UTF-8)"));
        } else {
            call.subject(p.size() > 2 && p.get(1).equals("bookingorders") ? p.get(2) : null, 0);
        }
        return new Admission(route, p, refusal);
    }

    /**
     * True for {@code application/json}, with a UTF-8 charset or none (JSON is UTF-8), and for a request that names
     * no media type at all: clients that send JSON without saying so are common, and their body is still parsed as
     * JSON. Anything else (text/plain, a form, XML) is refused, as the real API does, before the body is read.
     */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv[0].strip().equalsIgnoreCase("charset") && kv.length == 2) {
                String charset = kv[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The admitted call's answer: its JSON, or the error its failure maps to. */
    Answer answer(Admission admitted, Function<String, String> parameters, byte[] body, CallContext call) {
        Route route = admitted.route();
        try {
            return json(call, 200, handle(route, admitted.path(), parameters, body, call));
        } catch (NotFound e) {
            return json(call, 404, message(e.getMessage()));
        } catch (GuestDataRejected e) {
            ObjectNode o = message("the guest data is invalid; nothing was changed");
            o.set("errors", GuestDataJson.MAPPER.valueToTree(e.errors().asMap()));
            return json(call, 422, o);
        } catch (BadRequest e) {
            return json(call, 400, message(e.getMessage()));
        } catch (Capacity.Full e) {
            return json(call, 507, message(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} failed", route.operationName(), e);
            return json(call, 500, message("the emulator failed to process the request"));
        }
    }

    static Answer json(CallContext call, int status, JsonNode json) {
        if (status != 200) {
            call.outcome(status + " " + (json.has("message") ? json.get("message").asText() : ""));
        }
        try {
            return new Answer(status, "application/json", GuestDataJson.MAPPER.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private JsonNode handle(Route route, List<String> p, Function<String, String> parameters, byte[] body, CallContext call) {
        switch (route) {
            case PUT_GUEST_DATA -> {
                ValidationErrors errors = new ValidationErrors();
                List<ItemInput> items = GuestDataJson.items(parse(body), errors);
                call.subject(p.get(2), items.stream().mapToInt(i -> i.guests().size()).sum());
                items.forEach(i -> i.guests().forEach(g -> call.guest(g.guestId(), null)));
                BookingOrder stored = orders.replaceGuestData(p.get(2), items, errors);
                call.outcome("ok " + stored.guests().size() + " guest(s), guestdata_status " + stored.guestDataStatus());
                return GuestDataJson.guestData(stored, false, null, null);
            }
            case GET_GUEST_DATA -> {
                BookingOrder order = orders.require(p.get(2));
                call.outcome("ok");
                return GuestDataJson.guestData(order, bool(parameters, "include_conditions"), countryHint(parameters), sorting(parameters));
            }
            case GET_GUEST -> {
                BookingOrder order = orders.require(p.get(2));
                GuestRecord g = order.guest(p.get(4));
                if (g == null) {
                    throw new NotFound("guest " + p.get(4) + " not found in booking order " + order.id());
                }
                call.guest(g.guestId(), null).outcome("ok");
                return GuestDataJson.guest(order, g, null);
            }
            case PUT_GUEST -> {
                ValidationErrors errors = new ValidationErrors();
                GuestInput input = GuestDataJson.guest(parse(body), "", errors);
                if (input.guestId() != null && !input.guestId().equals(p.get(4))) {
                    errors.add("guest_id", "differs from the guest id in the URL");
                }
                call.guest(p.get(4), null);
                GuestRecord stored = orders.replaceGuest(p.get(2), p.get(4), input.fields(), errors);
                call.outcome("ok");
                return GuestDataJson.guest(orders.require(p.get(2)), stored, null);
            }
            case GET_BOOKING_ORDER -> {
                BookingOrder order = orders.require(p.get(2));
                call.outcome("ok guestdata_status " + order.guestDataStatus());
                return GuestDataJson.bookingOrder(order);
            }
            case GET_DESCRIPTION -> {
                call.outcome("ok");
                return Description.DOCUMENT;
            }
            case GET_TICKET_GUEST_DATA -> {
                call.outcome("ok");
                return GuestDataJson.requirements(orders.ticket(p.get(2)));
            }
            default -> throw new IllegalStateException("unhandled route " + route);
        }
    }

    /** The routes of /v1 this emulator serves. */
    enum Route {
        PUT_GUEST_DATA("PutGuestData"),
        GET_GUEST_DATA("GetGuestData"),
        GET_GUEST("GetGuest"),
        PUT_GUEST("PutGuest"),
        GET_BOOKING_ORDER("GetBookingOrder"),
        GET_TICKET_GUEST_DATA("GetTicketGuestData"),
        GET_DESCRIPTION("GetOpenApiDocument");

        private final String operation;

        Route(String operation) {
            this.operation = operation;
        }

        String operationName() {
            return operation;
        }

        boolean takesBody() {
            return this == PUT_GUEST_DATA || this == PUT_GUEST;
        }

        static Route of(String method, List<String> p) {
            if (p.size() == 2 && p.get(0).equals("v1") && p.get(1).equals("openapi.json") && method.equals("GET")) {
                return GET_DESCRIPTION;
            }
            if (p.size() < 3 || !p.get(0).equals("v1")) {
                return null;
            }
            boolean get = method.equals("GET");
            boolean put = method.equals("PUT");
            if (p.get(1).equals("bookingorders")) {
                if (p.size() == 3 && get) {
                    return GET_BOOKING_ORDER;
                }
                if (p.size() == 4 && p.get(3).equals("guestdata")) {
                    return get ? GET_GUEST_DATA : put ? PUT_GUEST_DATA : null;
                }
                if (p.size() == 5 && p.get(3).equals("guestdata")) {
                    return get ? GET_GUEST : put ? PUT_GUEST : null;
                }
            }
            if (p.get(1).equals("tickets") && p.size() == 4 && p.get(3).equals("guestdata") && get) {
                return GET_TICKET_GUEST_DATA;
            }
            return null;
        }

        /** True when some method is served on this path (so another method is a 405, not a 404). */
        static boolean knownPath(List<String> p) {
            return of("GET", p) != null || of("PUT", p) != null;
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JsonLimits.read(GuestDataJson.MAPPER, body);
        } catch (JsonLimits.Unreadable e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static boolean bool(Function<String, String> parameters, String name) {
        String v = parameters.apply(name);
        if (v == null) {
            return false;
        }
        if (v.equalsIgnoreCase("true") || v.equals("1")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equals("0")) {
            return false;
        }
        throw new BadRequest(name + " must be true or false: '" + v + "'");
    }

    private static String countryHint(Function<String, String> parameters) {
        String v = parameters.apply("country_hint");
        if (v != null && !GuestFields.isCountry(v)) {
            throw new BadRequest("country_hint must be an ISO 3166-1 alpha-3 code such as NLD: '" + v + "'");
        }
        return v;
    }

    /** sorting=field or -field (descending), over the guest fields; guests without the field last. */
    private static Comparator<GuestRecord> sorting(Function<String, String> parameters) {
        String v = parameters.apply("sorting");
        if (v == null || v.isBlank()) {
            return null;
        }
        boolean descending = v.startsWith("-");
        String field = descending ? v.substring(1) : v;
        if (!SORTABLE.contains(field)) {
            throw new BadRequest("sorting must name a guest field, optionally prefixed with '-': '" + v + "'");
        }
        Comparator<String> order = descending ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder();
        return Comparator.comparing((GuestRecord g) -> g.fields().get(field) == null ? null : String.valueOf(g.fields().get(field)),
                Comparator.nullsLast(order));
    }

    static ObjectNode message(String text) {
        return GuestDataJson.MAPPER.createObjectNode().put("message", text);
    }

    /** A request the API cannot read: 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
