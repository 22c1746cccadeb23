package dev.cventmock.xs2event.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.faults.FaultAction;
import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.BodyTooLarge;
import dev.cventmock.http.BoundedBody;
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
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XS2event's guest-data API under {@code /v1}: X-Api-Key on every route, a per-client rate limit (503),
 * JSON errors {@code {"message", "errors"}} (400 malformed JSON, 401 key, 404 unknown, 422 validation).
 * Operation names for the journal and fault rules: PutGuestData, GetGuestData, GetGuest, PutGuest,
 * GetBookingOrder, GetTicketGuestData.
 */
public final class Xs2eventServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(Xs2eventServlet.class);
    private static final Set<String> SORTABLE = Set.copyOf(GuestFields.DATA);

    private final transient BookingOrders orders;
    private final transient Set<String> apiKeys;
    private final transient ClientRateLimit rateLimit;
    private final transient FaultRules faults;

    private final transient long maxBodyBytes;

    public Xs2eventServlet(BookingOrders orders, Set<String> apiKeys, double requestsPerSecond, FaultRules faults, long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.orders = orders;
        this.apiKeys = Set.copyOf(apiKeys);
        this.rateLimit = new ClientRateLimit(requestsPerSecond);
        this.faults = faults;
    }

    /** Forgets rate-limit budgets (on reset). */
    public void resetRateLimit() {
        rateLimit.clear();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallContext call = CallContext.of(request).protocol("REST");
        List<String> p = Arrays.stream(request.getRequestURI().split("/")).filter(s -> !s.isEmpty()).toList();
        String method = request.getMethod();
        Route route = Route.of(method, p);
        call.operation(route == null ? method + " " + request.getRequestURI() : route.operationName());
        try {
            if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
                send(response, call, 503, message("rate limit exceeded for " + request.getRemoteAddr() + "; slow down and retry"));
                return;
            }
            String key = request.getHeader("X-Api-Key");
            if (key == null || key.isBlank()) {
                send(response, call, 401, message("missing X-Api-Key header"));
                return;
            }
            if (!apiKeys.contains(key.strip())) {
                send(response, call, 401, message("invalid API key"));
                return;
            }
            if (route == null) {
                send(response, call, Route.knownPath(p) ? 405 : 404, message(Route.knownPath(p)
                        ? method + " is not allowed on " + request.getRequestURI() : "no route " + method + " " + request.getRequestURI()));
                return;
            }
            String orderId = p.size() > 2 && p.get(1).equals("bookingorders") ? p.get(2) : null;
            call.subject(orderId, 0);
            byte[] body;
            try {
                body = method.equals("PUT") ? BoundedBody.read(request, maxBodyBytes) : new byte[0];
            } catch (BodyTooLarge e) {
                send(response, call, 413, message(e.getMessage()));
                return;
            }
            call.requestBody(body);
            if (injectFault(request, response, call)) {
                return;
            }
            send(response, call, 200, handle(route, p, request, body, call));
        } catch (NotFound e) {
            send(response, call, 404, message(e.getMessage()));
        } catch (GuestDataRejected e) {
            ObjectNode o = message("the guest data is invalid; nothing was changed");
            o.set("errors", GuestDataJson.MAPPER.valueToTree(e.errors().asMap()));
            send(response, call, 422, o);
        } catch (BadRequest e) {
            send(response, call, 400, message(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", method, request.getRequestURI(), e);
            send(response, call, 500, message("the emulator failed to process the request"));
        }
    }

    private JsonNode handle(Route route, List<String> p, HttpServletRequest request, byte[] body, CallContext call) {
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
                return GuestDataJson.guestData(order, bool(request, "include_conditions"), countryHint(request), sorting(request));
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
        GET_TICKET_GUEST_DATA("GetTicketGuestData");

        private final String operation;

        Route(String operation) {
            this.operation = operation;
        }

        String operationName() {
            return operation;
        }

        static Route of(String method, List<String> p) {
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

    private boolean injectFault(HttpServletRequest request, HttpServletResponse response, CallContext call) throws IOException {
        if (faults.isEmpty()) {
            return false;
        }
        return FaultInjector.inject(faults, request, response, call, new FaultInjector.Protocol() {
            @Override
            public String contentType() {
                return "application/json";
            }

            @Override
            public String statusContentType() {
                return "application/json";
            }

            @Override
            public byte[] malformedBody() {
                return "{\"bookingorder_id\": \"".getBytes(StandardCharsets.UTF_8);
            }

            /** The REST API has no SOAP faults: the same intent is an error status with the rule's code. */
            @Override
            public boolean apply(FaultRule rule, String injected) throws IOException {
                FaultAction a = rule.action();
                int status = a.type() == FaultAction.Type.SOAP_FAULT ? 500 : 422;
                ObjectNode o = message(a.type() == FaultAction.Type.SOAP_FAULT ? a.string() : a.description());
                o.put("code", a.code());
                send(response, call, status, o);
                call.outcome("HTTP " + status + " " + a.code() + " (" + injected + ")");
                return true;
            }
        });
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("the request body is empty; JSON is expected");
        }
        try {
            JsonNode n = GuestDataJson.MAPPER.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw new BadRequest("the request body is empty; JSON is expected");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadRequest("malformed JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new BadRequest("unreadable body");
        }
    }

    private static boolean bool(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
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

    private static String countryHint(HttpServletRequest request) {
        String v = request.getParameter("country_hint");
        if (v != null && !GuestFields.isCountry(v)) {
            throw new BadRequest("country_hint must be an ISO 3166-1 alpha-3 code such as NLD: '" + v + "'");
        }
        return v;
    }

    /** sorting=field or -field (descending), over the guest fields; guests without the field last. */
    private static Comparator<GuestRecord> sorting(HttpServletRequest request) {
        String v = request.getParameter("sorting");
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

    private static ObjectNode message(String text) {
        return GuestDataJson.MAPPER.createObjectNode().put("message", text);
    }

    private static void send(HttpServletResponse response, CallContext call, int status, JsonNode json) throws IOException {
        if (status != 200) {
            call.outcome(status + " " + (json.has("message") ? json.get("message").asText() : ""));
        }
        write(response, status, "application/json", GuestDataJson.MAPPER.writeValueAsBytes(json));
    }

    private static void write(HttpServletResponse response, int status, String type, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A request the API cannot read: 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
