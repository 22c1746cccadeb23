package dev.cventmock.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Every path no API has: 404 as JSON, saying where the APIs are. */
final class UnknownPathServlet extends HttpServlet {
    private static final byte[] BODY = ("{\"status\": 404, \"error\": \"no such resource; the Cvent V200611 endpoint is "
            + "/soap/V200611.ASMX, the XS2event API is under /v1, the admin API under /__admin\"}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(404);
        response.setContentType("application/json");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
