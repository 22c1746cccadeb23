package dev.cventmock.console;

import static dev.cventmock.testing.Envelopes.call11;
import static dev.cventmock.testing.Envelopes.customField;
import static dev.cventmock.testing.Envelopes.guest;
import static dev.cventmock.testing.Envelopes.retrieve;
import static dev.cventmock.testing.Envelopes.update11;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.SoapClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's headless chromium, {@code mvn -B verify -Pbrowser}): real SOAP and REST calls
 * to the emulator, then what the page shows of them, live; a guest seeded and edited from the page and read back over
 * SOAP; a fault rule added in the page failing the next call; attacker-controlled values rendered as text; the admin
 * token; keyboard use and a narrow window. Screenshots of the main pages go to target/console-screenshots.
 */
class ConsoleBrowserIT {
    static final String EVENT = "EVT-CONSOLE";
    static final String XSS_NAME = "<img src=x onerror=alert(1)>";
    static final String XSS_FIELD = "<script>alert(2)</script>";
    static final String XSS_FAULT = "<b onmouseover=alert(3)>bold</b>";
    static final String XSS_BODY = "<img src=x onerror=alert(4)><script>alert(5)</script>";
    static final Path SHOTS = Path.of("target", "console-screenshots");

    static CventMockServer server;
    static ChromeDriver driver;
    static SoapClient soap;
    static AdminClient admin;

    @BeforeAll
    static void start() throws IOException {
        server = CventMockServer.builder().port(0).build().start();
        soap = new SoapClient(server.soapUrl());
        admin = new AdminClient(server.adminUrl());
        driver = Chromium.start(1280, 800);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** A script error or something the Content-Security-Policy refused would show here, whatever the test looked at. */
    @AfterEach
    void noScriptErrors() {
        List<LogEntry> all = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<String> errors = all.stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Uncaught") || m.contains("Content Security Policy") || m.contains("SyntaxError"))
                .toList();
        assertEquals(List.of(), errors);
    }

    @BeforeEach
    void fresh() {
        server.reset();
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get("about:blank");
    }

    @Test
    void callsAppearLiveAndOpenToTheirRequestAndResponse() throws Exception {
        open("#/calls");
        waitForText(By.cssSelector("p.summary"), "No calls recorded yet");
        js("window.sameDocument = true;"); // gone if the page reloads

        String token = soap.login();
        SoapClient.Response update = soap.post11("UpdateGuestInfo", update11(token, EVENT,
                guest("Id", "G-LIVE", "FirstName", "Live", "LastName", "Caller", "Email", "live@example.com")));
        assertEquals(200, update.status(), update.body());
        HttpResponse<String> rest = http("GET", "/v1/bookingorders/NO-SUCH_bor", null, Map.of("X-Api-Key", "test"));
        assertEquals(404, rest.statusCode());

        waitUntil(d -> rowCount() == 3);
        assertEquals(Boolean.TRUE, js("return window.sameDocument === true;"), "new calls appear without a reload");
        List<String> operations = column(3);
        assertEquals(List.of("GetBookingOrder", "UpdateGuestInfo", "Login"), operations, "newest first");
        shot("calls");

        // open the UpdateGuestInfo call
        click(By.xpath("(//table[contains(@class, 'calls')]/tbody/tr)[2]//a"));
        waitForText(By.tagName("h1"), "UpdateGuestInfo");
        List<WebElement> bodies = driver.findElements(By.cssSelector("pre.body"));
        assertEquals(2, bodies.size());
        assertTrue(bodies.get(0).getText().contains("FirstName=\"Live\""), bodies.get(0).getText());
        assertTrue(bodies.get(0).getText().contains("\n"), "pretty-printed over several lines");
        assertFalse(bodies.get(0).findElements(By.cssSelector("span.xml-tag")).isEmpty(), "XML highlighted");
        assertTrue(bodies.get(1).getText().contains("UpdateGuestResult"), bodies.get(1).getText());
        String headers = driver.findElement(By.cssSelector("table.headers")).getText();
        assertTrue(headers.contains("SOAPAction"), headers);
        assertTrue(driver.findElements(By.cssSelector("table.headers")).get(1).getText().contains("text/xml"));
        assertTrue(driver.findElement(By.cssSelector("table.facts")).getText().contains("ok 1/1 applied"));
        assertTrue(driver.findElement(By.cssSelector("table.facts")).getText().matches("(?s).*Duration \\d+ ms.*"), "its duration");
        shot("call");

        // "copy as curl" gives a command that makes the same call again
        String curl = driver.findElement(By.cssSelector("pre.curl")).getText();
        assertTrue(curl.startsWith("curl -s -i -X POST '" + server.baseUrl() + "/soap/V200611.ASMX'"), curl);
        Process p = new ProcessBuilder("bash", "-c", curl).redirectErrorStream(true).start();
        String replayed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertTrue(replayed.contains("HTTP/1.1 200") && replayed.contains("UpdateGuestResult Id=\"G-LIVE\""), replayed);

        // the REST call, pretty JSON
        driver.navigate().back();
        waitUntil(d -> rowCount() >= 4); // the replay arrived too
        click(By.xpath("//table[contains(@class, 'calls')]/tbody/tr[td[3] = 'GetBookingOrder']//a"));
        waitForText(By.tagName("h1"), "GetBookingOrder");
        WebElement json = driver.findElements(By.cssSelector("pre.body")).get(1);
        assertFalse(json.findElements(By.cssSelector("span.json-key")).isEmpty(), json.getText());
    }

    @Test
    void callsFilterByOperationOutcomeEventGuestAndProtocol() {
        String token = soap.login();
        soap.post11("UpdateGuestInfo", update11(token, EVENT, guest("Id", "G-1", "FirstName", "A", "LastName", "B")));
        soap.post11("UpdateGuestInfo", update11(token, "OTHER-EVENT", guest("Id", "G-2", "FirstName", "C", "LastName", "D")));
        soap.post11("UpdateGuestInfo", update11("not-a-session", EVENT, guest("Id", "G-3", "FirstName", "E", "LastName", "F")));
        failedLogin();
        http("GET", "/v1/bookingorders/NO-SUCH_bor", null, Map.of("X-Api-Key", "test"));
        open("#/calls");
        waitUntil(d -> rowCount() == 6);

        new Select(driver.findElement(By.name("outcome"))).selectByValue("fault");
        waitUntil(d -> rowCount() == 1);
        assertTrue(column(7).get(0).contains("fault"));
        new Select(driver.findElement(By.name("outcome"))).selectByValue("denied");
        waitUntil(d -> rowCount() == 1 && column(3).get(0).equals("Login"));
        new Select(driver.findElement(By.name("outcome"))).selectByValue("");

        new Select(driver.findElement(By.name("protocol"))).selectByValue("REST");
        waitUntil(d -> rowCount() == 1 && column(3).get(0).equals("GetBookingOrder"));
        new Select(driver.findElement(By.name("protocol"))).selectByValue("");

        type(By.name("operation"), "UpdateGuestInfo");
        waitUntil(d -> rowCount() == 3);
        type(By.name("eventId"), EVENT);
        waitUntil(d -> rowCount() == 2);
        type(By.name("guestId"), "g-1"); // ids without regard to case, as Cvent's
        waitUntil(d -> rowCount() == 1 && column(5).get(0).equals("G-1"));
    }

    @Test
    void aGuestSeededAndEditedInThePageIsWhatSoapReturns() {
        open("#/cvent");
        WebElement form = waitFor(By.cssSelector("form.guest-form"));
        type(form.findElement(By.name("eventId")), EVENT);
        type(form.findElement(By.name("guestId")), "G-SEEDED");
        type(attributeInput(form, "FirstName"), "Seeded");
        type(attributeInput(form, "LastName"), "From Page");
        type(attributeInput(form, "Email"), "seeded@example.com");
        form.findElement(By.xpath(".//button[normalize-space()='Add a custom field']")).click();
        type(form.findElement(By.name("cf-id")), "CF-1");
        type(form.findElement(By.name("cf-name")), "Diet");
        type(form.findElement(By.name("cf-value")), "vegan");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText(By.tagName("h1"), "Guest G-SEEDED");

        String token = soap.login();
        String retrieved = soap.post11("Retrieve", call11(token, retrieve("Guest", "G-SEEDED"))).body();
        assertTrue(retrieved.contains("FirstName=\"Seeded\"") && retrieved.contains("LastName=\"From Page\"")
                && retrieved.contains("FieldValue=\"vegan\""), retrieved);

        // edit: the form holds the stored values; change one
        WebElement edit = waitFor(By.cssSelector("form.guest-form"));
        WebElement lastName = attributeInput(edit, "LastName");
        assertEquals("From Page", lastName.getAttribute("value"));
        type(lastName, "Edited");
        edit.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(d -> soap.post11("Retrieve", call11(token, retrieve("Guest", "G-SEEDED"))).body().contains("LastName=\"Edited\""));
        waitForText(By.cssSelector("table.facts"), "Edited");
        waitForText(By.cssSelector("table.calls"), "Retrieve"); // the calls that named the guest, on its page
        shot("guest");

        // the event's table finds it by a search, and delete asks first
        open("#/cvent/" + EVENT);
        type(By.name("q"), "seeded@");
        waitUntil(d -> driver.findElements(By.cssSelector("table.guests tbody tr")).size() == 1);
        click(By.linkText("G-SEEDED"));
        waitForText(By.tagName("h1"), "Guest G-SEEDED");
        click(By.xpath("//button[normalize-space()='Delete this guest']"));
        driver.switchTo().alert().dismiss();
        assertEquals(200, admin.get("/cvent/events/" + EVENT + "/guests/G-SEEDED").status(), "dismissed: still there");
        click(By.xpath("//button[normalize-space()='Delete this guest']"));
        driver.switchTo().alert().accept();
        waitUntil(d -> admin.get("/cvent/events/" + EVENT + "/guests/G-SEEDED").status() == 404);
    }

    @Test
    void theEventsTableSortsAndPagesItsGuests() {
        String token = soap.login();
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            guests.add(guest("Id", String.format("G-%03d", i), "FirstName", "F" + i, "LastName", String.format("L%03d", 119 - i)));
        }
        for (int i = 0; i < 120; i += 60) {
            assertEquals(200, soap.post11("UpdateGuestInfo", update11(token, EVENT, guests.subList(i, i + 60)
                    .toArray(String[]::new))).status());
        }
        open("#/cvent");
        waitFor(By.linkText(EVENT));
        assertTrue(driver.findElement(By.cssSelector("main table")).getText().contains("120"), "the guest count");
        click(By.linkText(EVENT));
        waitForText(By.cssSelector("p.summary"), "Guests 1–100 of 120");
        assertEquals("G-000", firstGuestId());
        click(By.xpath("//th/button[contains(., 'Last name')]"));
        waitUntil(d -> firstGuestId().equals("G-119")); // L000
        assertEquals("ascending", driver.findElement(By.xpath("//th[button[contains(., 'Last name')]]")).getAttribute("aria-sort"));
        click(By.xpath("//th/button[contains(., 'Last name')]"));
        waitUntil(d -> firstGuestId().equals("G-000")); // L119, descending
        click(By.xpath("//button[normalize-space()='Next']"));
        waitForText(By.cssSelector("p.summary"), "Guests 101–120 of 120");
        shot("event");
    }

    @Test
    void aFaultRuleAddedInThePageFailsTheNextCall() {
        open("#/faults");
        WebElement form = waitFor(By.cssSelector("form.fault-form"));
        type(form.findElement(By.name("operation")), "UpdateGuestInfo");
        new Select(form.findElement(By.name("type"))).selectByValue("soapFault");
        type(form.findElement(By.name("code")), "CV10000");
        type(form.findElement(By.name("string")), "UNKNOWN_EXCEPTION");
        type(form.findElement(By.name("times")), "1");
        assertFalse(form.findElement(By.name("ms")).isDisplayed(), "only the chosen action's fields are shown");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(d -> rowsOf("table.faults") == 1);
        assertEquals(1, server.faults().list().size());
        assertTrue(driver.findElement(By.cssSelector("table.faults")).getText().contains("operation=UpdateGuestInfo"));
        assertEquals("1", driver.findElement(By.cssSelector("table.faults tbody td:nth-child(4)")).getText(), "what is left of it");

        String token = soap.login();
        SoapClient.Response failed = soap.post11("UpdateGuestInfo", update11(token, EVENT, guest("Id", "G-F", "FirstName", "A", "LastName", "B")));
        assertEquals(500, failed.status());
        assertTrue(failed.body().contains("CV10000") && failed.body().contains("UNKNOWN_EXCEPTION"), failed.body());
        SoapClient.Response next = soap.post11("UpdateGuestInfo", update11(token, EVENT, guest("Id", "G-F", "FirstName", "A", "LastName", "B")));
        assertEquals(200, next.status(), "times 1: used up");

        // every action type has its form; a delay rule, then removed with its button
        new Select(form.findElement(By.name("type"))).selectByValue("delay");
        assertTrue(form.findElement(By.name("ms")).isDisplayed());
        type(form.findElement(By.name("operation")), "Login");
        type(form.findElement(By.name("times")), "");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(d -> server.faults().list().stream().anyMatch(r -> r.action().ms() != null));
        waitUntil(d -> driver.findElement(By.cssSelector("table.faults")).getText().contains("type=delay"));
        shot("faults");
        click(By.cssSelector("table.faults button"));
        waitUntil(d -> server.faults().list().isEmpty());
        assertEquals(List.of("soapFault", "guestError", "delay", "httpStatus", "dropConnection", "malformedResponse"),
                new Select(form.findElement(By.name("type"))).getOptions().stream().map(o -> o.getAttribute("value")).toList());
    }

    @Test
    void whatClientsSentIsShownAsTextNeverRun() {
        String token = soap.login();
        assertEquals(200, soap.post11("UpdateGuestInfo", update11(token, EVENT,
                guest(Map.of("Id", "G-XSS", "FirstName", XSS_NAME, "LastName", "\"'><svg onload=alert(6)>"),
                        customField("CF-X", XSS_FIELD, "Text", XSS_FIELD)))).status());
        http("POST", "/soap/V200611.ASMX", XSS_BODY, Map.of("Content-Type", "text/xml; charset=utf-8"));
        assertEquals(201, admin.post("/faults", "{\"match\": {\"operation\": \"Search\"}, \"action\": {\"type\": \"soapFault\", "
                + "\"code\": \"CV1\", \"string\": \"" + XSS_FAULT.replace("\"", "\\\"") + "\"}}").status());

        open("#/cvent/" + EVENT);
        waitForText(By.cssSelector("table.guests"), XSS_NAME);
        assertNoMarkupRan();
        open("#/cvent/" + EVENT + "/G-XSS");
        waitForText(By.cssSelector("main"), XSS_FIELD);
        assertTrue(driver.findElement(By.cssSelector("main")).getText().contains("\"'><svg onload=alert(6)>"));
        assertNoMarkupRan();
        open("#/faults");
        waitForText(By.cssSelector("table.faults"), XSS_FAULT);
        assertNoMarkupRan();
        open("#/calls");
        waitUntil(d -> rowCount() >= 3);
        click(By.xpath("(//table[contains(@class, 'calls')]/tbody/tr)[1]//a"));
        waitForText(By.cssSelector("pre.body"), "<img src=x onerror=alert(4)>"); // as text, re-indented
        assertTrue(driver.findElement(By.cssSelector("pre.body")).getText().contains("<script>alert(5)</script>"));
        assertNoMarkupRan();
        assertTrue(driver.findElement(By.cssSelector("pre.curl")).getText().contains(XSS_BODY));
    }

    @Test
    void theAdminTokenIsAskedForOnceAndKeptOutOfTheAddress() {
        try (CventMockServer guarded = CventMockServer.builder().port(0).adminToken("s3cret-token").build().start()) {
            driver.get(guarded.consoleUrl() + "#/server");
            WebElement dialog = waitUntil(d -> visible(By.id("token-dialog")));
            type(dialog.findElement(By.name("token")), "wrong");
            dialog.findElement(By.cssSelector("button[type=submit]")).click();
            waitForText(By.cssSelector("#token-dialog .why"), "refused");
            type(dialog.findElement(By.name("token")), "s3cret-token");
            dialog.findElement(By.cssSelector("button[type=submit]")).click();
            waitForText(By.cssSelector("table.facts"), "UP");
            assertFalse(driver.getCurrentUrl().contains("s3cret"), driver.getCurrentUrl());
            assertEquals("s3cret-token", js("return sessionStorage.getItem('cvent-mock.admin-token');"));
            assertNull(js("return localStorage.getItem('cvent-mock.admin-token');"), "kept for this tab only");
            // asked once: other pages use the kept token
            open(guarded, "#/accounts");
            waitForText(By.cssSelector("main table"), "TEST");
            assertFalse(driver.findElement(By.id("token-dialog")).isDisplayed());
        } finally {
            driver.get("about:blank");
        }
    }

    /**
     * Behind --public-url (Docker's port mapping, a proxy) clients are told the public address, and the page keeps
     * working from the address it was opened at: its API calls and its curl commands are relative to that.
     */
    @Test
    void behindAPublicUrlThePageWorksFromTheAddressItWasOpenedAt() {
        String publicUrl = "http://cvent-mock.invalid:8080";
        try (CventMockServer behind = CventMockServer.builder().port(0).publicBaseUrl(publicUrl).build().start()) {
            new SoapClient(behind.soapUrl()).login();
            driver.get(behind.consoleUrl() + "#/calls");
            waitUntil(d -> rowCount() == 1);
            click(By.xpath("(//table[contains(@class, 'calls')]/tbody/tr)[1]//a"));
            waitForText(By.cssSelector("main"), "ServerURL=\"" + publicUrl + "/soap/V200611.ASMX\"");
            assertTrue(driver.findElement(By.cssSelector("pre.curl")).getText()
                    .startsWith("curl -s -i -X POST '" + behind.baseUrl() + "/soap/V200611.ASMX'"));
            driver.get(behind.consoleUrl() + "#/server");
            waitForText(By.cssSelector("main"), "--public-url");
            assertTrue(driver.findElement(By.cssSelector("main")).getText().contains(publicUrl));
        } finally {
            driver.get("about:blank");
        }
    }

    @Test
    void accountsAndSessionsCanBeUnlockedExpiredAndReset() {
        for (int i = 0; i < 5; i++) {
            failedLogin();
        }
        open("#/accounts");
        waitForText(By.cssSelector("main table"), "until");
        click(By.xpath("//button[normalize-space()='Unlock']"));
        waitUntil(d -> !admin.get("/cvent/accounts").json().get(0).get("locked").asBoolean());
        String token = soap.login();
        soap.post11("Retrieve", call11(token, retrieve("Guest", "G-NONE"))); // a call the quota counts
        waitForText(By.cssSelector("main"), token);
        shot("accounts");
        click(By.xpath("//button[normalize-space()='Expire now']"));
        waitUntil(d -> admin.get("/cvent/sessions").json().get(0).get("expired").asBoolean());
        assertTrue(admin.get("/cvent/quota").json().get("usedToday").path("TEST").asLong() > 0);
        click(By.xpath("//button[normalize-space()='Reset quota counts']"));
        driver.switchTo().alert().accept();
        waitUntil(d -> admin.get("/cvent/quota").json().get("usedToday").path("TEST").asLong(0) == 0);
    }

    @Test
    void bookingOrdersShowTheirStatusTicketsRequirementsAndGuestData() {
        assertEquals(201, admin.post("/xs2event/bookingorders", "{\"bookingorder_id\": \"ORD-1_bor\", \"event_id\": \"E-1_evt\", "
                + "\"status\": \"confirmed\", \"tickets\": [{\"ticket_id\": \"T-1_tck\", \"quantity\": 2, \"requirements\": "
                + "[{\"fields\": [\"first_name\", \"last_name\"], \"scope\": \"all_persons\", \"condition\": \"pre_checkout\"}]}], "
                + "\"items\": [{\"ticket_id\": \"T-1_tck\", \"guests\": [{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}]}]}").status());
        open("#/xs2event");
        waitForText(By.cssSelector("main table"), "ORD-1_bor");
        String status = admin.get("/xs2event/bookingorders/ORD-1_bor").json().get("guestdata_status").asText();
        assertTrue(driver.findElement(By.cssSelector("main table")).getText().contains(status));
        click(By.linkText("ORD-1_bor"));
        waitForText(By.cssSelector("main"), "first_name, last_name — all_persons, pre_checkout");
        assertTrue(driver.findElement(By.cssSelector("table.xs2-guests")).getText().contains("Lovelace"));
        shot("xs2event");
    }

    @Test
    void theServerPageShowsCountersSettingsAndResetsAfterAConfirmation() {
        String token = soap.login();
        soap.post11("UpdateGuestInfo", update11(token, EVENT, guest("Id", "G-R", "FirstName", "A", "LastName", "B")));
        open("#/server");
        waitForText(By.cssSelector("table.counters"), "UpdateGuestInfo");
        assertEquals(60, driver.findElements(By.cssSelector("figure.chart rect")).size());
        waitForText(By.cssSelector("main"), "--soap-engine");
        assertTrue(driver.findElement(By.cssSelector("main")).getText().contains("--admin-token"));
        shot("server");
        click(By.xpath("//button[normalize-space()='Reset the emulator']"));
        driver.switchTo().alert().dismiss();
        assertEquals(1, server.cvent().store().guestCount(EVENT));
        click(By.xpath("//button[normalize-space()='Reset the emulator']"));
        driver.switchTo().alert().accept();
        waitUntil(d -> server.cvent().store().guestCount(EVENT) == 0);
        waitUntil(d -> driver.findElement(By.cssSelector("main")).getText().contains("No calls yet"));
    }

    @Test
    void everyControlIsLabelledAndTheNavigationWorksFromTheKeyboard() {
        String token = soap.login();
        soap.post11("UpdateGuestInfo", update11(token, EVENT, guest("Id", "G-K", "FirstName", "K", "LastName", "B")));
        for (String page : List.of("#/calls", "#/cvent", "#/cvent/" + EVENT, "#/cvent/" + EVENT + "/G-K", "#/xs2event",
                "#/faults", "#/accounts", "#/server")) {
            open(page);
            waitUntil(d -> !driver.findElement(By.tagName("main")).getText().startsWith("Loading"));
            Object unlabelled = js("return [...document.querySelectorAll('main input:not([type=hidden]), main select')]"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name);");
            assertEquals(List.of(), unlabelled, page + ": controls without a label");
        }
        open("#/calls");
        waitFor(By.cssSelector("table.calls"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB); // the skip link first
        assertEquals("Skip to content", driver.switchTo().activeElement().getText());
        for (int i = 0; i < 10 && !"Faults".equals(driver.switchTo().activeElement().getText()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form.fault-form"));
        assertTrue(driver.getCurrentUrl().endsWith("#/faults"));
    }

    @Test
    void aNarrowWindowNeedsNoSidewaysScrolling() {
        String token = soap.login();
        soap.post11("UpdateGuestInfo", update11(token, EVENT, guest("Id", "G-N", "FirstName", "Narrow", "LastName", "Window",
                "Email", "a-rather-long-address-that-has-to-wrap@example.com")));
        driver.manage().window().setSize(new Dimension(420, 800));
        for (String page : List.of("#/calls", "#/cvent/" + EVENT + "/G-N", "#/faults", "#/server")) {
            open(page);
            waitUntil(d -> !driver.findElement(By.tagName("main")).getText().startsWith("Loading"));
            waitUntil(d -> (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;"));
        }
        open("#/calls");
        waitFor(By.cssSelector("table.calls"));
        assertTrue(driver.findElement(By.linkText("Server")).isDisplayed());
        shot("narrow");
    }

    /** 10,000 calls in a burst: the page shows one page of them and keeps answering. */
    @Test
    void aBurstOfTenThousandCallsDoesNotFreezeThePage() throws Exception {
        open("#/calls");
        waitForText(By.cssSelector("p.summary"), "No calls");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2_500; i++) {
                        client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/bookingorders/B" + i + "_bor"))
                                .header("X-Api-Key", "test").timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        waitForText(By.cssSelector("p.summary"), "Calls 1–50 of " + server.journal().size());
        assertEquals(50, rowCount(), "one page of rows, not ten thousand");
        assertEquals(2L, js("return 1 + 1;"), "the page still runs scripts");
        click(By.xpath("//button[normalize-space()='Older']"));
        waitForText(By.cssSelector("p.summary"), "Calls 51–100");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    static void failedLogin() {
        SoapClient.Response r = soap.post11("Login", dev.cventmock.testing.Envelopes.login11("TEST", "test", "wrong"));
        assertTrue(r.body().contains("LoginSuccess=\"false\""), r.body());
    }

    static void open(String route) {
        open(server, route);
    }

    static void open(CventMockServer on, String route) {
        driver.get(on.consoleUrl() + route);
    }

    static void assertNoMarkupRan() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert ran");
        assertEquals(0L, js("return document.querySelectorAll('main img, main script, main svg[onload], main b').length;"));
    }

    static WebElement attributeInput(WebElement form, String attribute) {
        return form.findElement(By.cssSelector("input[name='attr-value'][data-attribute='" + attribute + "']"));
    }

    /** Clicks what {@code by} finds, again if a live page redrew it meanwhile. */
    static void click(By by) {
        waitUntil(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    static void type(By by, String text) {
        type(waitFor(by), text);
    }

    static void type(WebElement input, String text) {
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        } else {
            input.sendKeys(Keys.BACK_SPACE); // an input event, so the page sees the change
        }
    }

    static int rowCount() {
        return rowsOf("table.calls");
    }

    static int rowsOf(String table) {
        return driver.findElements(By.cssSelector(table + " tbody tr")).size();
    }

    static String firstGuestId() {
        List<WebElement> cells = driver.findElements(By.cssSelector("table.guests tbody tr td:first-child"));
        return cells.isEmpty() ? "" : cells.get(0).getText();
    }

    /** The texts of one column of the calls table (1-based). */
    static List<String> column(int n) {
        return driver.findElements(By.cssSelector("table.calls tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText).toList();
    }

    static WebElement waitFor(By by) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    static WebElement visible(By by) {
        List<WebElement> found = driver.findElements(by);
        return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    }

    static void waitForText(By by, String text) {
        waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return !found.isEmpty() && found.get(0).getText().contains(text) ? Boolean.TRUE : null;
        });
    }

    static <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition); // a live table redrawn meanwhile
    }

    static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    static void shot(String name) {
        js("window.scrollTo(0, 0);"); // the page as it opens, not where the last click left it
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(SHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static HttpResponse<String> http(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
