package dev.cventmock.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * One page of an admin listing: {@code limit} entries (default 100, at most 1,000) from {@code offset} (default 0),
 * so that no listing builds an answer of unbounded size. The body stays the listing itself; the headers say how many
 * there are in all ({@code X-Total-Count}) and where the next page is ({@code Link: <…>; rel="next"}).
 */
record Page(int offset, int limit) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    static Page of(HttpServletRequest request) {
        int offset = AdminServlet.intParameter(request, "offset");
        int limit = request.getParameter("limit") == null ? DEFAULT_LIMIT : AdminServlet.intParameter(request, "limit");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw AdminException.badRequest("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
        return new Page(offset, limit);
    }

    /** This page of {@code all}, with the headers that describe it. */
    <T> List<T> of(List<T> all, HttpServletRequest request, HttpServletResponse response) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        response.setHeader("X-Total-Count", String.valueOf(all.size()));
        if (to < all.size()) {
            response.setHeader("Link", "<" + request.getRequestURI() + "?" + nextQuery(request, to) + ">; rel=\"next\"");
        }
        return all.subList(from, to);
    }

    private String nextQuery(HttpServletRequest request, int nextOffset) {
        StringBuilder q = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("offset") && !name.equals("limit")) {
                for (String v : values) {
                    q.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                            .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&');
                }
            }
        });
        return q.append("offset=").append(nextOffset).append("&limit=").append(limit).toString();
    }
}
