package dev.cventmock.soap;

import dev.cventmock.testing.TestEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.junit.MutableClock;
import dev.cventmock.testing.SoapClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutOverSoapTest {
    @Test
    void consecutiveFailuresLockTheAccountAndTheLockRunsOut() {
        MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");
        try (CventMockServer server = TestEngine.builder().clock(clock).lockoutThreshold(3)
                .account(new Account("ACME", "api_user", "s3cret")).build().start()) {
            SoapClient soap = new SoapClient(server.soapUrl());
            for (int i = 0; i < 3; i++) {
                assertEquals("Access is denied.", errorMessage(soap, "wrong"));
            }
            assertEquals("Your account has been locked out. Please contact Customer care or wait for 30 minutes",
                    errorMessage(soap, "s3cret"));
            clock.advance(Duration.ofMinutes(30));
            assertEquals("", errorMessage(soap, "s3cret"));
            assertEquals("Access is denied.", errorMessage12(soap, "TEST"), "the default account is replaced by configured ones");
        }
    }

    private static String errorMessage(SoapClient soap, String password) {
        return soap.post11("Login", Envelopes.login11("ACME", "api_user", password)).xml()
                .element("//s1:LoginResult").getAttribute("ErrorMessage");
    }

    private static String errorMessage12(SoapClient soap, String account) {
        return soap.post12("Login", Envelopes.login12(account, "test", "test")).xml()
                .element("//s1:LoginResult").getAttribute("ErrorMessage");
    }
}
