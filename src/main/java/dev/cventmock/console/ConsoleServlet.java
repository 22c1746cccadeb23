package dev.cventmock.console;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web console's files (HTML, CSS, JavaScript modules), served from the jar under {@code /__admin/console/}: no
 * network at run time. They hold no data, so they are served without the admin token; the page asks for the token
 * and sends it to the admin API, which checks it. Every answer carries a Content-Security-Policy that allows only
 * the console's own files (no inline script, no other origin) and forbids framing: the page shows what clients
 * sent, and that must never run.
 */
public final class ConsoleServlet extends HttpServlet {
    public static final String PATH = "/__admin/console/";

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Names a file of the console may have; anything else (dots, encoded slashes, other types) is not one. */
    private static final Pattern FILE = Pattern.compile("(?:[a-z0-9-]+/)?[a-z0-9-]+\\.(?:html|css|js|svg)");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml");

    // the files are small and never change while the server runs: read once, on first request
    private final transient Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        secure(response);
        String path = request.getPathInfo();
        if (path == null) { // /__admin/console: relative links need the trailing slash
            response.setStatus(302);
            response.setHeader("Location", PATH);
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            plain(response, 405, "the console's files are read with GET");
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        byte[] body = FILE.matcher(name).matches() ? file(name) : null;
        if (body == null) {
            plain(response, 404, "no console file " + name);
            return;
        }
        response.setStatus(200);
        response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(body);
        }
    }

    private byte[] file(String name) {
        return files.computeIfAbsent(name, n -> {
            try (InputStream in = ConsoleServlet.class.getResourceAsStream("/console/" + n)) {
                return Optional.ofNullable(in == null ? null : in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
