package dev.cventmock.soap;

import dev.cventmock.testing.TestEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.Xml;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the endpoint lives and what it tells clients about itself: paths, ?WSDL, help pages, ServerURL. */
class EndpointAddressingTest {
    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(TestEngine::applyTo);

    CventMockServer server;
    SoapClient soap;

    @BeforeEach
    void clients(CventMockServer server) {
        this.server = server;
        this.soap = new SoapClient(server.soapUrl());
    }


    @ParameterizedTest
    @ValueSource(strings = {"/soap/V200611.ASMX", "/soap/V200611.asmx", "/SOAP/V200611.ASMX", "/Soap/v200611.Asmx"})
    void theEndpointAnswersInAnyLetterCase(String path) {
        SoapClient client = new SoapClient(server.baseUrl() + path);
        SoapClient.Response r = client.post11("Login", Envelopes.login11("TEST", "test", "test"));
        assertEquals(200, r.status(), r.body());
        assertEquals(server.soapUrl(), r.xml().element("//s1:LoginResult").getAttribute("ServerURL"),
                "ServerURL is the canonical endpoint");
        assertEquals(200, client.post12("Login", Envelopes.login12("TEST", "test", "test")).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?WSDL", "?wsdl", "?Wsdl"})
    void theWsdlIsServedWithThisServersAddressInBothPorts(String query) {
        SoapClient.Response r = soap.get("/soap/V200611.asmx" + query);
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/xml"), r.contentType());
        Xml wsdl = r.xml();
        assertEquals(server.soapUrl(), wsdl.text("//wsdl:port[@name='V200611Soap']/wsoap:address/@location"));
        assertEquals(server.soapUrl(), wsdl.text("//wsdl:port[@name='V200611Soap12']/wsoap12:address/@location"));
        assertEquals("http://api.cvent.com/2006-11", wsdl.text("/wsdl:definitions/@targetNamespace"));
        assertEquals(OPERATIONS, wsdl.elements("//wsdl:portType[@name='V200611Soap']/wsdl:operation")
                .stream().map(e -> e.getAttribute("name")).toList());
    }

    static final List<String> OPERATIONS = List.of("Login", "UpdateGuestInfo", "Search", "Retrieve", "GetUpdated",
            "GetDeleted", "DescribeGlobal", "DescribeCvObject");

    @Test
    void theReadOperationsAreBoundOnBothPortsWithTheSessionHeaderInAndOut() {
        Xml wsdl = soap.get("/soap/V200611.ASMX?WSDL").xml();
        for (String binding : List.of("V200611Soap", "V200611Soap12")) {
            for (String op : OPERATIONS.subList(1, OPERATIONS.size())) {
                String at = "//wsdl:binding[@name='" + binding + "']/wsdl:operation[@name='" + op + "']";
                assertEquals("http://api.cvent.com/2006-11/" + op, wsdl.elements(at + "/*[local-name()='operation']").get(0)
                        .getAttribute("soapAction"));
                assertEquals(1, wsdl.count(at + "/wsdl:input/*[local-name()='header'][@part='CventSessionHeader']"), at);
                assertEquals(1, wsdl.count(at + "/wsdl:output/*[local-name()='header'][@part='CventSessionHeader']"), at);
            }
        }
        assertEquals(dev.cventmock.cvent.reads.CvObjectKind.CONTRACT_TYPES,
                wsdl.elements("//xs:simpleType[@name='CvObjectType']/xs:restriction/xs:enumeration").stream()
                        .map(e -> e.getAttribute("value")).toList());
        List<String> eventAttributes = wsdl.elements("//xs:complexType[@name='Event']//xs:attribute").stream()
                .map(e -> e.getAttribute("name")).toList();
        assertEquals(59, eventAttributes.size());
        assertEquals(java.util.Arrays.stream(dev.cventmock.cvent.guests.EventField.values())
                .map(dev.cventmock.cvent.guests.EventField::wireName).toList(), eventAttributes);
        assertEquals("false", wsdl.text("//xs:complexType[@name='Event']//xs:attribute[@name='Hidden']/@default"));
    }

    @Test
    void theWsdlFollowsTheHostTheClientUsed() {
        SoapClient viaLocalhost = new SoapClient("http://localhost:" + server.port() + "/soap/V200611.ASMX");
        Xml wsdl = viaLocalhost.get("/soap/V200611.ASMX?WSDL").xml();
        assertEquals("http://localhost:" + server.port() + "/soap/V200611.ASMX",
                wsdl.text("//wsdl:port[@name='V200611Soap']/wsoap:address/@location"));
        String serverUrl = viaLocalhost.post11("Login", Envelopes.login11("TEST", "test", "test")).xml()
                .element("//s1:LoginResult").getAttribute("ServerURL");
        assertEquals("http://localhost:" + server.port() + "/soap/V200611.ASMX", serverUrl);
    }

    @Test
    void aConfiguredPublicUrlIsWhatClientsAreTold() {
        try (CventMockServer behindProxy = TestEngine.builder().publicBaseUrl("https://cvent-mock.example.test:8443/").build().start()) {
            SoapClient client = new SoapClient(behindProxy.soapUrl());
            String expected = "https://cvent-mock.example.test:8443/soap/V200611.ASMX";
            assertEquals(expected, client.get("/soap/V200611.ASMX?WSDL").xml()
                    .text("//wsdl:port[@name='V200611Soap12']/wsoap12:address/@location"));
            assertEquals(expected, client.post11("Login", Envelopes.login11("TEST", "test", "test")).xml()
                    .element("//s1:LoginResult").getAttribute("ServerURL"));
        }
    }

    @Test
    void aPlainGetListsTheOperations() {
        SoapClient.Response r = soap.get("/soap/V200611.ASMX");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"));
        assertTrue(r.body().contains("?WSDL"), r.body());
        OPERATIONS.forEach(op -> assertTrue(r.body().contains("?op=" + op + "\""), op));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Login", "UpdateGuestInfo", "Search", "Retrieve", "GetUpdated", "GetDeleted", "DescribeGlobal",
            "DescribeCvObject"})
    void operationPagesShowSampleRequestsForThisHost(String op) {
        SoapClient.Response r = soap.get("/soap/V200611.ASMX?op=" + op);
        assertEquals(200, r.status());
        String host = "Host: 127.0.0.1:" + server.port();
        assertTrue(r.body().contains(host), r.body());
        assertTrue(r.body().contains("SOAPAction: &quot;http://api.cvent.com/2006-11/" + op + "&quot;"));
        assertTrue(r.body().contains("application/soap+xml; charset=utf-8"));
        assertTrue(r.body().contains("&lt;" + op + " xmlns=&quot;http://api.cvent.com/2006-11&quot;"));
    }

    @Test
    void anUnknownOperationPageOrPathIs404() {
        assertEquals(404, soap.get("/soap/V200611.ASMX?op=CreateGuest").status());
        assertEquals(404, soap.get("/soap/V200612.ASMX").status());
        assertEquals(404, soap.get("/").status());
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.soapUrl()))
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD, POST", r.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void wrongCredentialsAreALoginFailureNotAFault() {
        SoapClient.Response r = soap.post11("Login", Envelopes.login11("TEST", "test", "wrong"));
        assertEquals(200, r.status());
        var result = r.xml().element("//s1:LoginResult");
        assertEquals("false", result.getAttribute("LoginSuccess"));
        assertEquals("Access is denied.", result.getAttribute("ErrorMessage"));
        assertEquals("", result.getAttribute("CventSessionHeader"));
    }
}
