package dev.cventmock.cvent.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.junit.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
    final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");
    final SessionRegistry sessions = new SessionRegistry(clock, Duration.ofHours(1));
    final LoginService logins = new LoginService(clock, sessions, 5);

    LoginServiceTest() {
        logins.addAccount(new Account("ACME", "api_user", "s3cret"));
    }

    @Test
    void rightCredentialsGiveAFreshUnguessableSession() {
        LoginOutcome a = logins.login("ACME", "api_user", "s3cret");
        LoginOutcome b = logins.login("acme", "API_USER", "s3cret");
        assertTrue(a.success());
        assertTrue(b.success());
        assertNotEquals(a.session().token(), b.session().token());
        assertTrue(a.session().token().length() >= 40);
        assertEquals("api_user", a.session().userName());
    }

    @Test
    void wrongCredentialsAreDeniedWithCventsMessage() {
        assertEquals(LoginOutcome.ACCESS_DENIED, logins.login("ACME", "api_user", "S3CRET").errorMessage());
        assertEquals(LoginOutcome.ACCESS_DENIED, logins.login("NOPE", "api_user", "s3cret").errorMessage());
        assertEquals(LoginOutcome.ACCESS_DENIED, logins.login(null, null, null).errorMessage());
    }

    @Test
    void fiveConsecutiveFailuresLockTheUserForThirtyMinutes() {
        for (int i = 0; i < 5; i++) {
            assertEquals(LoginOutcome.ACCESS_DENIED, logins.login("ACME", "api_user", "wrong").errorMessage());
        }
        LoginOutcome locked = logins.login("ACME", "api_user", "s3cret");
        assertFalse(locked.success());
        assertEquals("Your account has been locked out. Please contact Customer care or wait for 30 minutes", locked.errorMessage());

        clock.advance(Duration.ofMinutes(29));
        assertFalse(logins.login("ACME", "api_user", "s3cret").success());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(logins.login("ACME", "api_user", "s3cret").success());
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            logins.login("ACME", "api_user", "wrong");
        }
        assertTrue(logins.login("ACME", "api_user", "s3cret").success());
        for (int i = 0; i < 4; i++) {
            logins.login("ACME", "api_user", "wrong");
        }
        assertTrue(logins.login("ACME", "api_user", "s3cret").success());
    }

    @Test
    void anAdministratorCanUnlock() {
        for (int i = 0; i < 5; i++) {
            logins.login("ACME", "api_user", "wrong");
        }
        assertTrue(logins.accounts().get(0).locked());
        assertTrue(logins.unlock("acme", "api_user"));
        assertTrue(logins.login("ACME", "api_user", "s3cret").success());
    }

    @Test
    void sessionsExpireTheirLifetimeAfterCreation() {
        String token = logins.login("ACME", "api_user", "s3cret").session().token();
        assertInstanceOf(SessionCheck.Valid.class, sessions.check(token));
        clock.advance(Duration.ofMinutes(59));
        assertInstanceOf(SessionCheck.Valid.class, sessions.check(token));
        clock.advance(Duration.ofMinutes(1));
        assertInstanceOf(SessionCheck.Expired.class, sessions.check(token));
        assertInstanceOf(SessionCheck.Unknown.class, sessions.check("never-issued"));
        assertInstanceOf(SessionCheck.Unknown.class, sessions.check(null));
    }

    @Test
    void aSessionCanBeExpiredOnDemand() {
        String token = logins.login("ACME", "api_user", "s3cret").session().token();
        assertTrue(sessions.expire(token));
        assertInstanceOf(SessionCheck.Expired.class, sessions.check(token));
    }
}
