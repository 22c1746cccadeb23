package dev.cventmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.Session;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.tls.TlsMaterial;
import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.ApiDescription;
import dev.cventmock.http.BodyTooLarge;
import dev.cventmock.http.BoundedBody;
import dev.cventmock.journal.CallCounters;
import dev.cventmock.journal.JournalQuery;
import dev.cventmock.journal.Outcome;
import dev.cventmock.journal.RequestJournal;
import dev.cventmock.state.Capacity;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.rest.BookingOrderJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.util.URIUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API, JSON under {@code /__admin} on the server's own port: health, reset, Cvent data (events,
 * guests, accounts, sessions, quota), XS2event booking orders, the request journal and fault rules. Errors are JSON
 * {@code {"status": n, "error": "…"}}: 404 for unknown routes and ids, 400 naming what is wrong in a body.
 */
public final class AdminServlet extends HttpServlet {
    /** This API's OpenAPI document, served at /__admin/openapi.json. */
    private static final JsonNode DESCRIPTION = ApiDescription.load("admin");

    private static final Logger LOG = LoggerFactory.getLogger("cvent-mock.admin");

    /** What reset and health need from the server that owns this API. */
    public interface Server {
        void reset();

        String version();

        long uptimeMillis();

        /** What HTTPS serves with, or null when HTTPS is off. */
        TlsMaterial tls();

        /** Calls counted per operation and per second. */
        CallCounters counters();

        /** The settings the server runs with, by flag name (secrets left out). */
        Map<String, Object> settings();
    }

    /** A route's answer that is a file rather than JSON (the CA certificate, a trust store). */
    record Download(String contentType, String fileName, byte[] body) {
    }

    private final transient CventBackend cvent;
    private final transient BookingOrders bookings;
    private final transient RequestJournal journal;
    private final transient FaultRules faults;
    private final transient Server server;
    private final transient Clock clock;

    private final transient long maxBodyBytes;
    private final transient String token;
    private final transient RouteTable routes;

    public AdminServlet(CventBackend cvent, BookingOrders bookings, RequestJournal journal, FaultRules faults, Server server, Clock clock,
                        long maxBodyBytes, String token) {
        this.maxBodyBytes = maxBodyBytes;
        this.token = token;
        this.cvent = cvent;
        this.bookings = bookings;
        this.journal = journal;
        this.faults = faults;
        this.server = server;
        this.clock = clock;
        this.routes = routes();
    }

    /**
     * The path after /__admin, split at its slashes, each segment percent-decoded as a path segment: '+' is a plus,
     * so ids such as {@code G+1} are read back as written. (Jetty refuses an encoded slash in a path as ambiguous.)
     */
    static List<String> segments(String requestUri) {
        String path = requestUri.substring("/__admin".length());
        try {
            return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(URIUtil::decodePath).toList();
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("the path is not validly percent-encoded: " + path);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (token != null && !authorized(request)) {
            sendError(response, 401, "the admin API needs its token: Authorization: Bearer TOKEN (or X-Admin-Token: TOKEN)");
            return;
        }
        try {
            Object result = routes.dispatch(request.getMethod(), segments(request.getRequestURI()), request, response);
            if (result instanceof JsonNode json) {
                send(response, response.getStatus() == 0 ? 200 : response.getStatus(), json);
            } else if (result instanceof Download file) {
                response.setStatus(200);
                response.setContentType(file.contentType());
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
                response.setContentLength(file.body().length);
                response.getOutputStream().write(file.body());
            } else {
                response.setStatus(204);
            }
        } catch (AdminException e) {
            sendError(response, e.status(), e.getMessage());
        } catch (Capacity.Full e) {
            sendError(response, 507, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("admin request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            sendError(response, 500, "the emulator failed to process the admin request");
        }
    }

    /** What each bounded store holds against its bound. */
    private ObjectNode capacity() {
        ObjectNode c = AdminJson.MAPPER.createObjectNode();
        usage(c, "guests", cvent.store().guestCapacity().used(), cvent.store().guestCapacity().max());
        usage(c, "events", cvent.store().eventCapacity().used(), cvent.store().eventCapacity().max());
        usage(c, "bookingOrders", bookings.capacity().used(), bookings.capacity().max());
        usage(c, "xs2eventGuests", bookings.guestCapacity().used(), bookings.guestCapacity().max());
        usage(c, "accounts", cvent.logins().accountList().size(), LoginService.MAX_ACCOUNTS);
        usage(c, "faultRules", faults.list().size(), FaultRules.MAX_RULES);
        usage(c, "journalEntries", journal.size(), journal.maxEntries());
        usage(c, "journalBytes", journal.bytesHeld(), journal.maxBytes());
        c.putObject("sessions").put("used", cvent.sessions().size()).put("maxPerUser", cvent.sessions().maxPerUser());
        return c;
    }

    private static void usage(ObjectNode into, String name, long used, long max) {
        into.putObject(name).put("used", used).put("max", max);
    }

    /** Every admin route: method, path under /__admin, what answers it. */
    private RouteTable routes() {
        return new RouteTable()
                .add("GET", "/openapi.json", c -> DESCRIPTION)
                .add("GET", "/health", c -> health())
                .add("GET", "/settings", c -> AdminJson.MAPPER.valueToTree(server.settings()))
                .add("GET", "/stats", this::stats)
                .add("POST", "/reset", c -> reset())
                .add("GET", "/tls/ca.pem", c -> new Download("application/x-pem-file", "cvent-mock-ca.pem",
                        requireTls().trustAnchorPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .add("GET", "/tls/truststore.p12", c -> new Download("application/x-pkcs12", "cvent-mock-truststore.p12",
                        trustStore("PKCS12")))
                .add("GET", "/tls/truststore.jks", c -> new Download("application/octet-stream", "cvent-mock-truststore.jks",
                        trustStore("JKS")))
                .add("GET", "/cvent/guest-attributes", c -> guestAttributes())
                .add("GET", "/cvent/events", this::listEvents)
                .add("GET", "/cvent/events/{eventId}", c -> EventJson.toJson(requireEvent(c.path("eventId")),
                        cvent.store().guestCount(c.path("eventId"))))
                .add("PUT", "/cvent/events/{eventId}", this::putEvent)
                .add("DELETE", "/cvent/events/{eventId}", this::deleteEvent)
                .add("GET", "/cvent/events/{eventId}/guests", this::listGuests)
                .add("GET", "/cvent/events/{eventId}/guests/{guestId}",
                        c -> GuestJson.toJson(requireGuest(c.path("eventId"), c.path("guestId"))))
                .add("PUT", "/cvent/events/{eventId}/guests/{guestId}", this::putGuest)
                .add("DELETE", "/cvent/events/{eventId}/guests/{guestId}", this::deleteGuest)
                .add("GET", "/cvent/accounts", c -> accounts())
                .add("POST", "/cvent/accounts", c -> accountChange(AdminJson.object(body(c.request()), "the body"), c.response()))
                .add("GET", "/cvent/sessions", this::listSessions)
                .add("POST", "/cvent/sessions", this::createSession)
                .add("POST", "/cvent/sessions/{token}/expire", this::expireSession)
                .add("GET", "/cvent/quota", c -> quota())
                .add("POST", "/cvent/quota/reset", this::resetQuota)
                .add("GET", "/xs2event/bookingorders", this::listBookingOrders)
                .add("POST", "/xs2event/bookingorders", c -> putBookingOrder(c, null))
                .add("GET", "/xs2event/bookingorders/{id}", c -> BookingOrderJson.toJson(requireBookingOrder(c.path("id"))))
                .add("PUT", "/xs2event/bookingorders/{id}", c -> putBookingOrder(c, c.path("id")))
                .add("DELETE", "/xs2event/bookingorders/{id}", this::deleteBookingOrder)
                .add("GET", "/requests", this::listRequests)
                .add("DELETE", "/requests", c -> {
                    journal.clear();
                    return null;
                })
                .add("POST", "/requests/count", this::countRequests)
                .add("GET", "/requests/{id}", c -> AdminJson.entry(found(journal.get(longPath(c, "id")),
                        "no request '" + c.path("id") + "' in the journal (never recorded, or evicted)"), true))
                .add("GET", "/faults", c -> listFaults())
                .add("POST", "/faults", this::addFault)
                .add("DELETE", "/faults", c -> {
                    faults.clear();
                    return null;
                })
                .add("GET", "/faults/{id}", c -> AdminJson.rule(requireRule(c.path("id"))))
                .add("DELETE", "/faults/{id}", c -> {
                    faults.remove(requireRule(c.path("id")).id());
                    return null;
                });
    }

    private TlsMaterial requireTls() {
        return found(server.tls(), "HTTPS is off: start with --https-port to get a certificate authority");
    }

    private byte[] trustStore(String type) {
        try {
            return requireTls().trustStore(type);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode health() {
        ObjectNode o = AdminJson.MAPPER.createObjectNode();
        o.put("status", "UP");
        o.put("version", server.version());
        o.put("uptimeMs", server.uptimeMillis());
        o.set("capacity", capacity());
        return o;
    }

    private ObjectNode reset() {
        server.reset();
        LOG.info("reset to the start-up state");
        return status("reset");
    }

    // --- Cvent ----------------------------------------------------------------------------------------------

    /** The Guest attributes a guest's JSON may have, with their type and whether the emulator sets them itself. */
    private static ArrayNode guestAttributes() {
        ArrayNode out = AdminJson.MAPPER.createArrayNode();
        for (GuestField f : GuestField.list()) {
            out.addObject().put("name", f.wireName()).put("type", f.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("serverManaged", f.isServerManaged());
        }
        return out;
    }

    private ArrayNode listEvents(RouteTable.Call c) {
        ArrayNode out = AdminJson.MAPPER.createArrayNode();
        Page.of(c.request()).of(List.copyOf(cvent.store().eventGuestCounts().entrySet()), c.request(), c.response())
                .forEach(e -> {
                    ObjectNode o = out.addObject().put("EventId", e.getKey()).put("guestCount", e.getValue());
                    CventEvent event = cvent.store().event(e.getKey());
                    if (event != null && event.get(EventField.EVENT_TITLE) != null) {
                        o.put("EventTitle", event.get(EventField.EVENT_TITLE));
                    }
                    if (event != null && event.get(EventField.EVENT_CODE) != null) {
                        o.put("EventCode", event.get(EventField.EVENT_CODE));
                    }
                });
        return out;
    }

    private ObjectNode putEvent(RouteTable.Call c) throws IOException {
        String eventId = c.path("eventId");
        CventEvent event = EventJson.fromJson(body(c.request()), eventId, Set.of(), "the event");
        boolean existed = cvent.store().hasEvent(eventId);
        CventEvent stored = cvent.guests().putEvent(event);
        c.response().setStatus(existed ? 200 : 201);
        return EventJson.toJson(stored, cvent.store().guestCount(eventId));
    }

    private ObjectNode deleteEvent(RouteTable.Call c) {
        String eventId = c.path("eventId");
        int removed = cvent.store().removeEvent(eventId);
        if (removed < 0) {
            throw AdminException.notFound("no event '" + eventId + "'");
        }
        return AdminJson.MAPPER.createObjectNode().put("EventId", eventId).put("deletedGuests", removed);
    }

    private ArrayNode listGuests(RouteTable.Call c) {
        requireEvent(c.path("eventId"));
        return guests(c.path("eventId"), c.request(), c.response());
    }

    private ObjectNode putGuest(RouteTable.Call c) throws IOException {
        String eventId = c.path("eventId");
        String guestId = c.path("guestId");
        Guest g = GuestJson.fromJson(body(c.request()), eventId, guestId, "the guest");
        boolean existed = cvent.store().find(eventId, guestId) != null;
        Guest stored = cvent.store().put(g);
        c.response().setStatus(existed ? 200 : 201);
        return GuestJson.toJson(stored);
    }

    private Object deleteGuest(RouteTable.Call c) {
        String eventId = c.path("eventId");
        String guestId = c.path("guestId");
        requireEvent(eventId);
        if (!cvent.store().remove(eventId, guestId)) {
            throw AdminException.notFound("no guest '" + guestId + "' in event '" + eventId + "'");
        }
        return null;
    }

    private ArrayNode listSessions(RouteTable.Call c) {
        ArrayNode out = AdminJson.MAPPER.createArrayNode();
        Page.of(c.request()).of(cvent.sessions().list(), c.request(), c.response())
                .forEach(s -> out.add(AdminJson.session(s, clock.instant())));
        return out;
    }

    private ObjectNode createSession(RouteTable.Call c) throws IOException {
        JsonNode b = AdminJson.object(body(c.request()), "the body");
        String token = GuestJson.text(b.get("token"), "token");
        String account = AdminJson.required(b, "AccountNumber", "the body");
        String user = AdminJson.required(b, "UserName", "the body");
        Session s = token == null ? cvent.sessions().create(account, user) : cvent.sessions().create(account, user, token);
        c.response().setStatus(201);
        return AdminJson.session(s, clock.instant());
    }

    private ObjectNode expireSession(RouteTable.Call c) {
        if (!cvent.sessions().expire(c.path("token"))) {
            throw AdminException.notFound("no session with token '" + c.path("token") + "'");
        }
        return status("expired");
    }

    private ObjectNode quota() {
        ObjectNode o = AdminJson.MAPPER.createObjectNode();
        o.put("dailyLimit", cvent.quota().limit());
        o.set("usedToday", AdminJson.MAPPER.valueToTree(cvent.quota().usedToday()));
        return o;
    }

    private ObjectNode resetQuota(RouteTable.Call c) {
        String account = c.request().getParameter("account");
        if (account == null) {
            cvent.quota().resetAll();
        } else {
            cvent.quota().reset(account);
        }
        return status("reset");
    }

    private ArrayNode guests(String eventId, HttpServletRequest request, HttpServletResponse response) {
        Page page = Page.of(request);
        String email = request.getParameter("email");
        String lastName = request.getParameter("lastName");
        LocalDateTime since = dateTimeParameter(request, "modifiedSince");
        String text = request.getParameter("q") == null || request.getParameter("q").isBlank() ? null
                : request.getParameter("q").strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Comparator<Guest> order = guestOrder(request.getParameter("sort"));
        List<Guest> matching = new java.util.ArrayList<>();
        for (Guest g : cvent.store().guests(eventId)) {
            if (text != null && !mentions(g, text)) {
                continue;
            }
            if (email != null && !email.equalsIgnoreCase(g.get(GuestField.EMAIL))) {
                continue;
            }
            if (lastName != null && !lastName.equalsIgnoreCase(g.get(GuestField.LAST_NAME))) {
                continue;
            }
            if (since != null) {
                LocalDateTime modified = parseUtc(g.get(GuestField.LAST_MODIFIED_DATE));
                if (modified == null || modified.isBefore(since)) {
                    continue;
                }
            }
            matching.add(g);
        }
        if (order != null) {
            matching.sort(order);
        }
        ArrayNode out = AdminJson.MAPPER.createArrayNode();
        page.of(matching, request, response).forEach(g -> out.add(GuestJson.toJson(g)));
        return out;
    }

    /** The fields {@code q} searches: what a person looking for a guest types. */
    private static final GuestField[] SEARCHED = {GuestField.FIRST_NAME, GuestField.LAST_NAME, GuestField.EMAIL,
            GuestField.GUEST_CONFIRMATION_NUMBER};

    private static boolean mentions(Guest g, String lowerCaseText) {
        if (g.id().toLowerCase(java.util.Locale.ROOT).contains(lowerCaseText)) {
            return true;
        }
        for (GuestField f : SEARCHED) {
            String v = g.get(f);
            if (v != null && v.toLowerCase(java.util.Locale.ROOT).contains(lowerCaseText)) {
                return true;
            }
        }
        return false;
    }

    /** {@code sort=LastName} or {@code sort=-LastModifiedDate}: by an attribute (or Id), absent values last; null for store order. */
    private static java.util.Comparator<Guest> guestOrder(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        java.util.function.Function<Guest, String> key;
        if (name.equalsIgnoreCase("Id")) {
            key = Guest::id;
        } else {
            GuestField field = GuestField.byWireName(name);
            if (field == null) {
                throw AdminException.badRequest("sort must name a guest attribute (or Id), '-' before it for descending: '" + sort + "'");
            }
            key = g -> g.get(field);
        }
        java.util.Comparator<String> values = String.CASE_INSENSITIVE_ORDER;
        return java.util.Comparator.comparing(key, java.util.Comparator.nullsLast(descending ? values.reversed() : values))
                .thenComparing(Guest::id);
    }

    private ArrayNode accounts() {
        ArrayNode out = AdminJson.MAPPER.createArrayNode();
        var used = cvent.quota().usedToday();
        for (LoginService.AccountStatus s : cvent.logins().accounts()) {
            ObjectNode o = out.addObject();
            o.put("AccountNumber", s.account().accountNumber());
            o.put("UserName", s.account().userName());
            o.put("locked", s.locked());
            o.put("consecutiveFailures", s.consecutiveFailures());
            o.put("lockedUntil", s.locked() ? s.lockedUntil().toString() : null);
            o.put("callsToday", used.getOrDefault(s.account().accountNumber().toUpperCase(java.util.Locale.ROOT), 0L));
        }
        return out;
    }

    /** {"AccountNumber","UserName","Password"} adds an account; with "unlock": true it lifts a lockout. */
    private JsonNode accountChange(JsonNode b, HttpServletResponse response) {
        if (b.path("unlock").asBoolean(false)) {
            String account = AdminJson.required(b, "AccountNumber", "the body");
            String user = AdminJson.required(b, "UserName", "the body");
            if (!cvent.logins().unlock(account, user)) {
                throw AdminException.notFound("no account " + account + " with user " + user);
            }
            return status("unlocked");
        }
        Account a = AdminJson.account(b, "the body");
        cvent.logins().addAccount(a);
        response.setStatus(201);
        return AdminJson.MAPPER.createObjectNode().put("AccountNumber", a.accountNumber()).put("UserName", a.userName());
    }

    // --- XS2event -------------------------------------------------------------------------------------------

    private ArrayNode listBookingOrders(RouteTable.Call c) {
        ArrayNode list = AdminJson.MAPPER.createArrayNode();
        Page.of(c.request()).of(bookings.list(), c.request(), c.response()).forEach(o -> list.add(BookingOrderJson.toJson(o)));
        return list;
    }

    /** Stores the body's booking order, under {@code id} when the URL names one. */
    private ObjectNode putBookingOrder(RouteTable.Call c, String id) throws IOException {
        BookingOrder order = bookingOrder(body(c.request()), id);
        c.response().setStatus(bookings.put(order) == null ? 201 : 200);
        return BookingOrderJson.toJson(order);
    }

    private BookingOrder requireBookingOrder(String id) {
        return found(bookings.find(id), "no booking order '" + id + "'");
    }

    private Object deleteBookingOrder(RouteTable.Call c) {
        if (!bookings.remove(c.path("id"))) {
            throw AdminException.notFound("no booking order '" + c.path("id") + "'");
        }
        return null;
    }

    private static BookingOrder bookingOrder(JsonNode json, String id) {
        try {
            return BookingOrderJson.fromJson(json, id);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }

    // --- the journal and fault rules -------------------------------------------------------------------------

    private ObjectNode listRequests(RouteTable.Call c) {
        HttpServletRequest r = c.request();
        Instant since = null;
        String s = r.getParameter("since");
        if (s != null) {
            try {
                since = OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                throw AdminException.badRequest("since must be an ISO-8601 instant such as 2026-11-21T10:00:00Z: '" + s + "'");
            }
        }
        Outcome outcome = null;
        String o = r.getParameter("outcome");
        if (o != null && (outcome = Outcome.fromWireName(o)) == null) {
            throw AdminException.badRequest("outcome must be one of ok, guest-error, denied, fault, http-error: '" + o + "'");
        }
        String b = r.getParameter("bodies");
        if (b != null && !b.equals("true") && !b.equals("false")) {
            throw AdminException.badRequest("bodies must be true or false: '" + b + "'");
        }
        boolean bodies = !"false".equals(b);
        JournalQuery query = new JournalQuery(blankToNull(r.getParameter("operation")), since, outcome,
                blankToNull(r.getParameter("eventId")), blankToNull(r.getParameter("guestId")), blankToNull(r.getParameter("protocol")));
        ArrayNode list = AdminJson.MAPPER.createArrayNode();
        Page.of(r).of(journal.find(query, 0), r, c.response()).forEach(e -> list.add(AdminJson.entry(e, bodies)));
        ObjectNode answer = AdminJson.MAPPER.createObjectNode();
        answer.set("requests", list);
        answer.put("enabled", journal.isEnabled());
        return answer;
    }

    /** Calls per operation and outcome since start or reset, and per second over the last minute. */
    private ObjectNode stats(RouteTable.Call c) {
        ObjectNode o = AdminJson.MAPPER.createObjectNode();
        ObjectNode ops = o.putObject("byOperation");
        long total = 0;
        for (Map.Entry<String, Map<Outcome, Long>> op : server.counters().byOperation().entrySet()) {
            ObjectNode counts = ops.putObject(op.getKey());
            long calls = 0;
            for (Map.Entry<Outcome, Long> n : op.getValue().entrySet()) {
                counts.put(n.getKey().wireName(), n.getValue());
                calls += n.getValue();
            }
            counts.put("calls", calls);
            total += calls;
        }
        o.put("calls", total);
        ArrayNode perSecond = o.putArray("perSecond");
        for (long n : server.counters().lastSeconds(60)) {
            perSecond.add(n);
        }
        return o;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static long longPath(RouteTable.Call c, String name) {
        try {
            return Long.parseLong(c.path(name));
        } catch (NumberFormatException e) {
            throw AdminException.notFound("no request '" + c.path(name) + "' in the journal (ids are numbers)");
        }
    }

    private ObjectNode countRequests(RouteTable.Call c) throws IOException {
        JsonNode b = AdminJson.object(body(c.request()), "the filter");
        return AdminJson.MAPPER.createObjectNode().put("count", journal.count(GuestJson.text(b.get("operation"), "operation"),
                GuestJson.text(b.get("eventId"), "eventId"), GuestJson.text(b.get("guestId"), "guestId")));
    }

    private ObjectNode listFaults() {
        ArrayNode list = AdminJson.MAPPER.createArrayNode();
        faults.list().forEach(r -> list.add(AdminJson.rule(r)));
        ObjectNode o = AdminJson.MAPPER.createObjectNode();
        o.set("faults", list);
        return o;
    }

    private ObjectNode addFault(RouteTable.Call c) throws IOException {
        JsonNode b = AdminJson.object(body(c.request()), "a fault rule");
        Long times = AdminJson.number(b.get("times"), "times");
        if (times != null && (times < 1 || times > Integer.MAX_VALUE)) {
            throw AdminException.badRequest("times must be at least 1 (or absent for no limit)");
        }
        FaultRule rule = faults.add(AdminJson.match(b), AdminJson.action(b), times == null ? null : times.intValue());
        c.response().setStatus(201);
        return AdminJson.rule(rule);
    }

    private FaultRule requireRule(String id) {
        return found(faults.find(id), "no fault rule '" + id + "'");
    }

    private CventEvent requireEvent(String eventId) {
        return found(cvent.store().event(eventId), "no event '" + eventId + "'");
    }

    private Guest requireGuest(String eventId, String guestId) {
        requireEvent(eventId);
        return found(cvent.store().find(eventId, guestId), "no guest '" + guestId + "' in event '" + eventId + "'");
    }

    /** What a route names, or a 404 saying what is missing. */
    private static <T> T found(T value, String missing) {
        if (value == null) {
            throw AdminException.notFound(missing);
        }
        return value;
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        try {
            return AdminJson.parse(BoundedBody.read(request, maxBodyBytes));
        } catch (BodyTooLarge e) {
            throw new AdminException(413, e.getMessage());
        }
    }

    private boolean authorized(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
                : request.getHeader("X-Admin-Token");
        return given != null && java.security.MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode status(String s) {
        return AdminJson.MAPPER.createObjectNode().put("status", s);
    }

    static int intParameter(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw AdminException.badRequest(name + " must be a whole number >= 0: '" + v + "'");
        }
    }

    private static LocalDateTime dateTimeParameter(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null) {
            return null;
        }
        LocalDateTime t = parseUtc(v);
        if (t == null) {
            throw AdminException.badRequest(name + " must be an ISO-8601 date-time such as 2026-11-21T10:00:00Z: '" + v + "'");
        }
        return t;
    }

    /** An xs:dateTime as UTC; values without an offset are taken as UTC (the emulator's own stamps are). */
    static LocalDateTime parseUtc(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static void send(HttpServletResponse response, int status, JsonNode json) throws IOException {
        byte[] bytes = AdminJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void sendError(HttpServletResponse response, int status, String message) throws IOException {
        ObjectNode o = AdminJson.MAPPER.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        send(response, status, o);
    }
}
