package dev.cventmock.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.SoapClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminTokenTest {
    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(b -> b.adminToken("s3cret-admin"));

    @Test
    void theAdminApiNeedsTheTokenWhenOneIsSet() {
        AdminClient anonymous = new AdminClient(cvent.server().adminUrl());
        AdminClient.Reply refused = anonymous.get("/health");
        assertEquals(401, refused.status());
        assertTrue(refused.json().get("error").asText().contains("token"));
        assertEquals(401, new AdminClient(cvent.server().adminUrl(), Map.of("Authorization", "Bearer wrong")).post("/reset", "").status());

        assertEquals(200, new AdminClient(cvent.server().adminUrl(), Map.of("Authorization", "Bearer s3cret-admin")).get("/health").status());
        assertEquals(200, new AdminClient(cvent.server().adminUrl(), Map.of("X-Admin-Token", "s3cret-admin")).get("/cvent/events").status());
    }

    @Test
    void theEmulatedApisNeedNoAdminToken() {
        SoapClient soap = new SoapClient(cvent.soapUrl());
        assertTrue(soap.login().length() > 0);
    }
}
