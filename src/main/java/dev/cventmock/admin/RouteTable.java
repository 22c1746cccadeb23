package dev.cventmock.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin API's routes as a table, in the manner of WireMock's admin routes: a method and a path template (a
 * {@code {name}} segment matches any one segment) to a handler. A path that some route has, asked with another
 * method, is 405 naming the methods it takes; a path no route has is 404.
 */
final class RouteTable {
    /** What a route does with a matched call; its result is the JSON answer, or null for 204. */
    interface Handler {
        Object handle(Call call) throws IOException;
    }

    /** A matched call: the request, the response, and the named segments of the path. */
    record Call(HttpServletRequest request, HttpServletResponse response, Map<String, String> path) {
        String path(String name) {
            return path.get(name);
        }
    }

    private record Route(String method, String[] template, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route, e.g. {@code add("GET", "/cvent/events/{eventId}/guests", ...)}. */
    RouteTable add(String method, String template, Handler handler) {
        routes.add(new Route(method, segments(template), handler));
        return this;
    }

    /** Answers the call with the route its method and path segments name. */
    Object dispatch(String method, List<String> path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Map<String, String> names = match(r.template(), path);
            if (names == null) {
                continue;
            }
            if (r.method().equals(method)) {
                return r.handler().handle(new Call(request, response, names));
            }
            allowed.add(r.method());
        }
        if (!allowed.isEmpty()) {
            throw new AdminException(405, method + " is not allowed here; use " + String.join(", ", allowed));
        }
        throw AdminException.notFound("no admin route " + method + " /__admin/" + String.join("/", path));
    }

    private static Map<String, String> match(String[] template, List<String> path) {
        if (template.length != path.size()) {
            return null;
        }
        Map<String, String> names = new HashMap<>(2);
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                names.put(t.substring(1, t.length() - 1), path.get(i));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return names;
    }

    private static String[] segments(String template) {
        return java.util.Arrays.stream(template.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
