package dev.cventmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users and the Docker image run it: the Dockerfile's own ENTRYPOINT, ENV and
 * HEALTHCHECK, configuration by flags and environment, one log line per call, clean exit on SIGTERM.
 */
class FatJarIT {
    static final Path JAR = Path.of("target/cvent-mock.jar").toAbsolutePath();
    static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/soap/V200611\\.ASMX");

    final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    final class Running {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Thread reader;
        int port = -1;

        Running(List<String> command, Map<String, String> env) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().keySet().removeIf(k -> k.startsWith("CVENT_MOCK_"));
            pb.environment().putAll(env);
            process = pb.start();
            started.add(process);
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        Running awaitListening() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (String line : lines) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port = Integer.parseInt(m.group(1));
                    }
                }
                if (port > 0 && logged(" mode: ")) { // the last start-up line
                    Thread.sleep(50);
                    return this;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the server exited during start-up: " + lines);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no 'listening on' line within 30 s: " + lines);
        }

        int awaitExit() throws InterruptedException {
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "did not exit: " + lines);
            reader.join(5000); // everything the process wrote, up to end of stream
            return process.exitValue();
        }

        boolean logged(String text) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }
    }

    /** The Dockerfile's ENTRYPOINT (exec form), ENV and HEALTHCHECK CMD, as written. */
    record Docker(List<String> entrypoint, Map<String, String> env, String healthcheck) {
        static Docker read() throws IOException {
            String text = Files.readString(DOCKERFILE).replace("\\\n", " ");
            Matcher ep = Pattern.compile("(?m)^ENTRYPOINT\\s+\\[(.*)]\\s*$").matcher(text);
            assertTrue(ep.find(), "the Dockerfile has an exec-form ENTRYPOINT");
            List<String> entrypoint = new ArrayList<>();
            Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(ep.group(1));
            while (quoted.find()) {
                entrypoint.add(quoted.group(1));
            }
            Map<String, String> env = new HashMap<>();
            Matcher envLines = Pattern.compile("(?m)^ENV\\s+(.*)$").matcher(text);
            while (envLines.find()) {
                Matcher kv = Pattern.compile("(\\w+)=(\\S+)").matcher(envLines.group(1));
                while (kv.find()) {
                    env.put(kv.group(1), kv.group(2));
                }
            }
            Matcher hc = Pattern.compile("(?m)^HEALTHCHECK .*?\\bCMD\\s+(.*)$").matcher(text);
            assertTrue(hc.find(), "the Dockerfile has a HEALTHCHECK");
            return new Docker(entrypoint, env, hc.group(1).strip());
        }

        List<String> localEntrypoint() {
            return entrypoint.stream().map(a -> a.equals("/app/cvent-mock.jar") ? JAR.toString() : a).toList();
        }
    }

    int healthcheck(Docker docker, int port) throws Exception {
        return healthcheck(docker, port, null);
    }

    /** Runs the Dockerfile's health check command as written, in the environment the container gives it. */
    int healthcheck(Docker docker, int port, String adminToken) throws Exception {
        String command = docker.healthcheck().replace("/app/cvent-mock.jar", JAR.toString());
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("CVENT_MOCK_"));
        pb.environment().put("CVENT_MOCK_PORT", String.valueOf(port));
        if (adminToken != null) {
            pb.environment().put("CVENT_MOCK_ADMIN_TOKEN", adminToken);
        }
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @Test
    void theDockerEntrypointServesLogsEachCallAndStopsCleanlyOnSigterm() throws Exception {
        Docker docker = Docker.read();
        assertTrue(Files.exists(JAR), "package the jar first (mvn verify does)");
        Map<String, String> env = new HashMap<>(docker.env());
        assertEquals("0.0.0.0", env.get("CVENT_MOCK_HOST"));
        env.put("CVENT_MOCK_PORT", "0"); // the only change: a free port instead of 8080
        Running server = new Running(docker.localEntrypoint(), env).awaitListening();
        assertTrue(server.logged("reachable from other machines, and its admin API has no token (--admin-token)"),
                "binding all interfaces without an admin token is called out: " + server.lines);

        SoapClient soap = new SoapClient("http://127.0.0.1:" + server.port + "/soap/V200611.ASMX");
        String token = soap.login();
        SoapClient.Response r = soap.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-JAR",
                Envelopes.guest("Id", "G-1", "FirstName", "Jo"), Envelopes.guest("Id", "G-2", "Email", "bad")));
        assertEquals(200, r.status(), r.body());
        Thread.sleep(200);
        assertTrue(server.lines.stream().anyMatch(l -> l.matches(".*SOAP 1\\.1 Login -> ok user=test \\d+ ms")), server.lines.toString());
        assertTrue(server.lines.stream().anyMatch(l ->
                l.matches(".*SOAP 1\\.1 UpdateGuestInfo event=EVT-JAR guests=2 -> ok 1/2 applied \\d+ ms")), server.lines.toString());

        assertTrue(server.logged("listening on http://0.0.0.0:" + server.port + "/soap/V200611.ASMX (all interfaces; clients use "),
                "the log names the bound address: " + server.lines);
        assertTrue(server.logged("console: http://127.0.0.1:" + server.port + "/__admin/console/"),
                "the log leads to the console: " + server.lines);
        assertEquals(0, healthcheck(docker, server.port), "healthy while running");
        server.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
        assertEquals(0, server.awaitExit(), "a clean stop exits 0: " + server.lines);
        assertTrue(server.logged("stopped"), server.lines.toString());
        assertFalse(server.lines.stream().anyMatch(l -> l.contains("Exception")), server.lines.toString());
        assertEquals(1, healthcheck(docker, server.port), "unhealthy once stopped");
    }

    @Test
    void theHealthcheckPassesWithTheAdminTokenSetAndTheStartLineNamesThePublicUrl() throws Exception {
        Docker docker = Docker.read();
        Map<String, String> env = new HashMap<>(docker.env());
        env.put("CVENT_MOCK_PORT", "0");
        env.put("CVENT_MOCK_ADMIN_TOKEN", "s3cret");
        env.put("CVENT_MOCK_PUBLIC_URL", "http://cvent-mock:8080");
        Running server = new Running(docker.localEntrypoint(), env).awaitListening();
        assertTrue(server.logged("; clients are told http://cvent-mock:8080/soap/V200611.ASMX"), server.lines.toString());
        assertEquals(0, healthcheck(docker, server.port, "s3cret"), "healthy: the health check sends the token");
        assertEquals(1, healthcheck(docker, server.port, "wrong"), "and the token is checked");
        assertEquals(401, new AdminClient("http://127.0.0.1:" + server.port + "/__admin").get("/cvent/events").status(),
                "the rest of the admin API still needs it");
        server.process.toHandle().destroy();
        assertEquals(0, server.awaitExit());
    }

    /**
     * curl, as the docs show it: the CA from the admin API, the vendor's host name resolved to this machine with
     * --resolve, certificate checks on; and the CA kept in the data directory across a restart. (curl is installed by
     * .ci/run; a machine without it cannot run this test.)
     */
    @Test
    void curlReachesTheJarOverHttpsAsApiCventComWithTheAdminApisCa(@TempDir Path data) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("curl", "--version").start().waitFor() == 0,
                "curl is needed (.ci/run installs it)");
        List<String> command = List.of("java", "-jar", JAR.toString(), "--port", "0", "--https-port", "0", "--data-dir",
                data.toString());
        Running server = new Running(command, Map.of()).awaitListening();
        Matcher https = Pattern.compile("and https://[^:]+:(\\d+)/soap").matcher(String.join("\n", server.lines));
        assertTrue(https.find(), "the start line names the HTTPS address: " + server.lines);
        int httpsPort = Integer.parseInt(https.group(1));
        Path ca = data.resolve("downloaded-ca.pem");
        assertEquals(0, curl("-sf", "-o", ca.toString(), "http://127.0.0.1:" + server.port + "/__admin/tls/ca.pem").exit());
        String resolve = "api.cvent.com:" + httpsPort + ":127.0.0.1";
        Curl login = curl("-sf", "--cacert", ca.toString(), "--resolve", resolve, "-H", "Content-Type: text/xml; charset=utf-8",
                "--data-binary", Envelopes.login11("TEST", "test", "test"), "https://api.cvent.com:" + httpsPort + "/soap/V200611.ASMX");
        assertEquals(0, login.exit(), login.output());
        assertTrue(login.output().contains("ServerURL=\"https://api.cvent.com:" + httpsPort + "/soap/V200611.ASMX\""), login.output());
        Curl untrusted = curl("-s", "--resolve", resolve, "https://api.cvent.com:" + httpsPort + "/soap/V200611.ASMX?WSDL");
        assertEquals(60, untrusted.exit(), "curl refuses a certificate it cannot verify: " + untrusted.output());
        String firstCa = Files.readString(ca);
        server.process.destroy();
        server.awaitExit();

        Running again = new Running(command, Map.of()).awaitListening();
        assertEquals(0, curl("-sf", "-o", ca.toString(), "http://127.0.0.1:" + again.port + "/__admin/tls/ca.pem").exit());
        assertEquals(firstCa, Files.readString(ca), "the CA is kept in the data directory");
    }

    record Curl(int exit, String output) {
    }

    private static Curl curl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "--max-time", "20"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Curl(p.exitValue(), out);
    }

    @Test
    void sigtermLetsCallsInFlightFinishBeforeExiting() throws Exception {
        Running server = new Running(List.of("java", "-jar", JAR.toString(), "--port", "0"), Map.of()).awaitListening();
        String base = "http://127.0.0.1:" + server.port;
        AdminClient admin = new AdminClient(base + "/__admin");
        assertEquals(201, admin.post("/faults", "{\"match\": {\"operation\": \"UpdateGuestInfo\"}, "
                + "\"action\": {\"type\": \"delay\", \"ms\": 1500}, \"times\": 1}").status());
        SoapClient soap = new SoapClient(base + "/soap/V200611.ASMX");
        String token = soap.login();
        CompletableFuture<SoapClient.Response> inFlight = CompletableFuture.supplyAsync(() ->
                soap.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-STOP", Envelopes.guest("Id", "G-1"))));
        Thread.sleep(500); // the call is now held by the delay rule
        server.process.toHandle().destroy(); // SIGTERM
        SoapClient.Response answer = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), "the call in flight was answered: " + answer.body());
        assertTrue(answer.body().contains("Success=\"true\""), answer.body());
        assertEquals(0, server.awaitExit(), server.lines.toString());
    }

    @Test
    void sigtermEndsTheProcessEvenWhenStoppingFailsAsWhenTheJarWasRebuiltUnderIt(@TempDir Path dir) throws Exception {
        // a developer runs the jar, rebuilds it with mvn package, then presses Ctrl-C: classes Jetty first loads
        // while stopping are gone; the process must still end rather than be held open by its pool threads
        Path jar = Files.copy(JAR, dir.resolve("cvent-mock.jar"));
        Running server = new Running(List.of("java", "-jar", jar.toString(), "--port", "0"), Map.of()).awaitListening();
        Files.write(jar, new byte[0]);
        server.process.toHandle().destroy(); // SIGTERM
        int status = server.awaitExit();
        assertTrue(status == 0 || status == 1, "exit status " + status + ": " + server.lines);
    }

    @Test
    void killMinus9LosesNoAcknowledgedUpdate(@TempDir Path data) throws Exception {
        List<String> command = List.of("java", "-jar", JAR.toString(), "--port", "0", "--data-dir", data.toString());
        Running first = new Running(command, Map.of()).awaitListening();
        SoapClient soap = new SoapClient("http://127.0.0.1:" + first.port + "/soap/V200611.ASMX");
        String token = soap.login();
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        Map<String, Integer> sent = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                for (int n = 0; n < 100_000 && !stop.get(); n++) {
                    String guest = "W" + writer + "-G" + (n % 5);
                    sent.put(guest, n);
                    try {
                        SoapClient.Response r = soap.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-KILL",
                                Envelopes.guest("Id", guest, "FirstName", "n" + n)));
                        if (r.status() != 200) {
                            return;
                        }
                        acknowledged.put(guest, n);
                    } catch (Throwable connectionGone) {
                        return;
                    }
                }
            });
            writers.add(t);
            t.start();
        }
        Thread.sleep(2_000);
        first.process.destroyForcibly(); // SIGKILL, mid-load
        assertTrue(first.process.waitFor(10, TimeUnit.SECONDS));
        stop.set(true);
        for (Thread t : writers) {
            t.join(10_000);
        }
        assertTrue(acknowledged.size() >= 20, "writes were acknowledged before the kill: " + acknowledged.size());

        Running second = new Running(command, Map.of()).awaitListening();
        AdminClient admin = new AdminClient("http://127.0.0.1:" + second.port + "/__admin");
        for (Map.Entry<String, Integer> e : acknowledged.entrySet()) {
            AdminClient.Reply g = admin.get("/cvent/events/EVT-KILL/guests/" + e.getKey());
            assertEquals(200, g.status(), "acknowledged guest " + e.getKey() + " survived");
            String value = g.json().get("FirstName").asText();
            String lastAcknowledged = "n" + e.getValue();
            String inFlight = "n" + sent.get(e.getKey()); // a later write may have landed without its answer arriving
            assertTrue(value.equals(lastAcknowledged) || value.equals(inFlight),
                    e.getKey() + " has " + value + ", acknowledged " + lastAcknowledged + ", last sent " + inFlight);
        }
        SoapClient again = new SoapClient("http://127.0.0.1:" + second.port + "/soap/V200611.ASMX");
        assertEquals(200, again.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-KILL", Envelopes.guest("Id", "after"))).status(),
                "the session survived too");
        assertTrue(second.logged("change(s) recovered"), second.lines.toString());
        second.process.toHandle().destroy();
        assertEquals(0, second.awaitExit());
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryExitsWithCodeTwoNamingTheDirectoryAndTheHolder(@TempDir Path data) throws Exception {
        List<String> command = List.of("java", "-jar", JAR.toString(), "--port", "0", "--data-dir", data.toString());
        Running first = new Running(command, Map.of()).awaitListening();
        Running second = new Running(command, Map.of());
        assertEquals(2, second.awaitExit());
        assertEquals(1, second.lines.size(), "one line: " + second.lines);
        String line = second.lines.get(0);
        assertTrue(line.contains(data.toAbsolutePath().toString()) && line.contains("pid " + first.process.pid()), line);
        assertTrue(first.process.isAlive(), "the first server goes on");
        first.process.toHandle().destroy();
        assertEquals(0, first.awaitExit());
    }

    @Test
    void aSmallHeapGetsABoundThatRefusesGuestsBeforeMemoryRunsOutAndTheServerGoesOn() throws Exception {
        Running server = new Running(List.of("java", "-Xmx96m", "-jar", JAR.toString(), "--port", "0", "--journal", "false"),
                Map.of()).awaitListening();
        Matcher room = Pattern.compile("room for about (\\d+) guests").matcher(String.join("\n", server.lines));
        assertTrue(room.find(), server.lines.toString());
        long bound = Long.parseLong(room.group(1));
        assertTrue(bound > 10_000 && bound < 60_000, "a bound from the 96 MB heap: " + bound);
        SoapClient soap = new SoapClient("http://127.0.0.1:" + server.port + "/soap/V200611.ASMX");
        String token = soap.login();
        SoapClient.Response refused = null;
        for (int call = 0; call < bound / 200 + 5 && refused == null; call++) {
            String[] guests = new String[200];
            for (int g = 0; g < guests.length; g++) {
                guests[g] = Envelopes.guest("Id", "C" + call + "-G" + g, "FirstName", "Guest " + g, "City", "Austin");
            }
            SoapClient.Response r = soap.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-FULL", guests));
            if (r.status() != 200) {
                refused = r;
            }
        }
        assertNotNull(refused, "the bound was reached");
        assertTrue(refused.body().contains("CV10000") && refused.body().contains("--max-guests"), refused.body());
        AdminClient admin = new AdminClient("http://127.0.0.1:" + server.port + "/__admin");
        AdminClient.Reply health = admin.get("/health");
        assertEquals(200, health.status());
        long used = health.json().at("/capacity/guests/used").asLong();
        assertTrue(used <= bound && used > bound - 200, "a call that does not fit is refused whole: " + health.text());
        assertEquals(200, admin.get("/cvent/events/EVT-FULL/guests/C0-G0").status(), "what was stored is still there");
        assertTrue(soap.login().length() > 20, "Login still answers");
        assertTrue(server.process.isAlive());
        server.process.toHandle().destroy();
        assertEquals(0, server.awaitExit());
    }

    @Test
    void runningOutOfMemoryEndsTheProcessPromptlyWithOneLineInsteadOfLeavingAZombie() throws Exception {
        Running server = new Running(List.of("java", "-Xmx64m", "-jar", JAR.toString(), "--port", "0", "--journal", "false"),
                Map.of()).awaitListening();
        SoapClient soap = new SoapClient("http://127.0.0.1:" + server.port + "/soap/V200611.ASMX");
        String token = soap.login();
        java.util.Random random = new java.util.Random(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int call = 0; server.process.isAlive() && System.nanoTime() < deadline; call++) {
            StringBuilder guests = new StringBuilder();
            for (int g = 0; g < 200; g++) {
                guests.append("<Guest Id=\"C").append(call).append("-G").append(g).append('"');
                for (String attribute : new String[] {"FirstName", "LastName", "Company", "Address1", "Address2", "Address3",
                    "City", "Designation", "Nickname", "PassportNumber"}) {
                    char[] value = new char[2_000];
                    for (int i = 0; i < value.length; i++) {
                        value[i] = (char) ('a' + random.nextInt(26)); // distinct values: nothing is shared
                    }
                    guests.append(' ').append(attribute).append("=\"").append(value).append('"');
                }
                guests.append("/>");
            }
            try {
                soap.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-OOM", guests.toString()));
            } catch (Throwable serverGone) {
                break;
            }
        }
        assertTrue(server.process.waitFor(30, TimeUnit.SECONDS), "the process ended: " + server.lines);
        server.reader.join(5_000);
        assertEquals(3, server.process.exitValue(), server.lines.toString());
        assertTrue(server.logged("cvent-mock: out of memory in "), server.lines.toString());
    }

    @Test
    void environmentVariablesAndFlagsConfigureTheServer(@TempDir Path dir) throws Exception {
        Path accounts = Files.writeString(dir.resolve("accounts.json"),
                "{\"accounts\": [{\"AccountNumber\": \"ACME\", \"UserName\": \"api_user\", \"Password\": \"s3cret\"}]}");
        Map<String, String> env = Map.of("CVENT_MOCK_PORT", "0", "CVENT_MOCK_STRICT", "true",
                "CVENT_MOCK_MAX_GUESTS_PER_CALL", "7", "CVENT_MOCK_ACCOUNTS", accounts.toString(),
                "CVENT_MOCK_PUBLIC_URL", "http://cvent-mock:8080");
        Running server = new Running(List.of("java", "-jar", JAR.toString(), "--session-lifetime", "30m"), env).awaitListening();
        assertTrue(server.logged("mode: strict, sessions live PT30M, at most 7 guests per call"), server.lines.toString());
        SoapClient soap = new SoapClient("http://127.0.0.1:" + server.port + "/soap/V200611.ASMX");
        String serverUrl = soap.post11("Login", Envelopes.login11("ACME", "api_user", "s3cret")).xml()
                .element("//s1:LoginResult").getAttribute("ServerURL");
        assertEquals("http://cvent-mock:8080/soap/V200611.ASMX", serverUrl);
        server.process.toHandle().destroy();
        assertEquals(0, server.awaitExit());

        Running flags = new Running(List.of("java", "-jar", JAR.toString(), "--port", "0", "--strict=false",
                "--max-guests-per-call", "9"), Map.of("CVENT_MOCK_STRICT", "true")).awaitListening();
        assertTrue(flags.logged("mode: lenient, sessions live PT1H, at most 9 guests per call"), "a flag beats the environment: " + flags.lines);
        flags.process.toHandle().destroy();
        assertEquals(0, flags.awaitExit());
    }

    @Test
    void badSettingsFailAtOnceWithAPlainMessage() throws Exception {
        Running lifetime = new Running(List.of("java", "-jar", JAR.toString(), "--port", "0", "--session-lifetime", "forever"), Map.of());
        assertEquals(2, lifetime.awaitExit());
        assertTrue(lifetime.logged("'forever' is not a duration"), lifetime.lines.toString());

        Running accounts = new Running(List.of("java", "-jar", JAR.toString(), "--port", "0", "--accounts", "/no/such/accounts.json"), Map.of());
        assertEquals(2, accounts.awaitExit());
        assertTrue(accounts.logged("cvent-mock: invalid value for --accounts: no such file: /no/such/accounts.json"),
                accounts.lines.toString());
        assertFalse(accounts.lines.stream().anyMatch(l -> l.contains("\tat ")), "no stack trace: " + accounts.lines);
    }

    @Test
    void helpListsEverySettingWithItsEnvironmentVariable() throws Exception {
        Running help = new Running(List.of("java", "-jar", JAR.toString(), "--help"), Map.of());
        assertEquals(0, help.awaitExit());
        String text = String.join("\n", help.lines);
        for (String s : new String[] {"--port", "CVENT_MOCK_PORT", "--host", "CVENT_MOCK_HOST", "--public-url", "CVENT_MOCK_PUBLIC_URL",
            "--accounts", "CVENT_MOCK_ACCOUNTS", "--session-lifetime", "CVENT_MOCK_SESSION_LIFETIME", "--max-guests-per-call",
            "CVENT_MOCK_MAX_GUESTS_PER_CALL", "--strict", "CVENT_MOCK_STRICT", "--lockout-threshold", "CVENT_MOCK_LOCKOUT_THRESHOLD"}) {
            assertTrue(text.contains(s), s + " missing from:\n" + text);
        }
        assertNotNull(text);
    }
}
