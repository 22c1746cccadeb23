package dev.cventmock.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.server.CventMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the console's files are served (the pages themselves are tested in a browser, ConsoleBrowserIT): from the jar,
 * without the admin token, under a Content-Security-Policy; nothing outside the console's own files. And what keeps
 * the page safe by construction: no module builds markup from strings.
 */
class ConsoleFilesTest {
    static final Path SOURCES = Path.of("src", "main", "resources", "console");
    static CventMockServer server;

    @BeforeAll
    static void start() {
        server = CventMockServer.builder().port(0).adminToken("t0ken").build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void thePageAndItsModulesAreServedWithoutTheTokenUnderAPolicyThatForbidsInlineScript() {
        HttpResponse<String> page = get("/__admin/console/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline") && policy.contains("default-src 'none'")
                && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.body().contains("<script type=\"module\" src=\"js/main.js\">"));
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(page.body()).find(), "no inline script");
        assertFalse(page.body().contains("style=\""), "no inline style");

        for (String module : modules()) {
            HttpResponse<String> js = get("/__admin/console/js/" + module);
            assertEquals(200, js.statusCode(), module);
            assertEquals("text/javascript;charset=utf-8", js.headers().firstValue("Content-Type").orElse(""), module);
        }
        assertEquals(200, get("/__admin/console/console.css").statusCode());
        // the data behind it is still guarded
        assertEquals(401, get("/__admin/requests").statusCode());
    }

    @Test
    void everyModuleTheConsoleImportsIsServed() throws IOException {
        Pattern imports = Pattern.compile("from '\\./([a-z0-9-]+\\.js)'");
        for (String module : modules()) {
            Matcher m = imports.matcher(Files.readString(SOURCES.resolve("js").resolve(module)));
            while (m.find()) {
                assertEquals(200, get("/__admin/console/js/" + m.group(1)).statusCode(), module + " imports " + m.group(1));
            }
        }
    }

    @Test
    void onlyTheConsolesOwnFilesAreServed() {
        assertEquals(302, get("/__admin/console").statusCode());
        assertEquals("/__admin/console/", get("/__admin/console").headers().firstValue("Location").orElse(""));
        for (String path : List.of("/__admin/console/nope.js", "/__admin/console/js/../../cvent-mock.properties",
                "/__admin/console/%2e%2e/cvent-mock.properties", "/__admin/console/help/index.html",
                "/__admin/console/js/main.js.map", "/__admin/console/JS/MAIN.JS")) {
            HttpResponse<String> r = get(path);
            // 401: the path left the console (dot segments are resolved first) and reached the guarded admin API
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400 || r.statusCode() == 401, path + " answered " + r.statusCode());
            assertFalse(r.body().contains("version="), path + " served a file outside the console");
        }
        HttpResponse<String> post = send("POST", "/__admin/console/");
        assertEquals(405, post.statusCode());
        assertTrue(post.headers().firstValue("Content-Security-Policy").isPresent());
    }

    /** Values reach the page as text nodes only: a module that builds HTML from strings would let a guest's name run. */
    @Test
    void noModuleWritesMarkupFromStrings() throws IOException {
        Pattern markup = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(");
        for (String module : modules()) {
            String source = Files.readString(SOURCES.resolve("js").resolve(module));
            source = source.replaceAll("(?m)^\\s*//.*$", ""); // comments may name them
            Matcher m = markup.matcher(source);
            assertFalse(m.find(), module + " uses " + (m.find(0) ? m.group() : ""));
        }
    }

    @Test
    void theHelpPageAndTheStartUpLogLeadToTheConsole() {
        assertTrue(get("/soap/V200611.ASMX").body().contains("href=\"/__admin/console/\""));
        assertTrue(server.consoleUrl().endsWith("/__admin/console/"));
    }

    static List<String> modules() {
        try (Stream<Path> files = Files.list(SOURCES.resolve("js"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList();
            assertTrue(names.contains("main.js"), names.toString());
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> get(String path) {
        return send("GET", path);
    }

    static HttpResponse<String> send(String method, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
