package dev.cventmock.cvent.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.junit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sessions stay bounded however often a client logs in: per user, oldest retired first; expired ones purged. */
class SessionRegistryTest {
    final MutableClock clock = MutableClock.at("2026-11-30T10:00:00Z");
    final SessionRegistry sessions = new SessionRegistry(clock, Duration.ofHours(1));

    @Test
    void aUserKeepsAtMostTheBoundAndTheOldestIsRetiredFirst() {
        sessions.maxPerUser(3);
        List<Session> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(sessions.create("ACME", "api"));
            clock.advance(Duration.ofSeconds(1));
        }
        Session other = sessions.create("ACME", "other");

        assertEquals(4, sessions.size());
        assertInstanceOf(SessionCheck.Unknown.class, sessions.check(made.get(0).token()));
        assertInstanceOf(SessionCheck.Unknown.class, sessions.check(made.get(1).token()));
        for (int i = 2; i < 5; i++) {
            assertInstanceOf(SessionCheck.Valid.class, sessions.check(made.get(i).token()), "session " + i);
        }
        assertInstanceOf(SessionCheck.Valid.class, sessions.check(other.token()), "another user's sessions are not touched");
    }

    @Test
    void aUserIsNamedWithoutRegardToCase() {
        sessions.maxPerUser(1);
        Session first = sessions.create("ACME", "api");
        sessions.create("acme", "API");
        assertInstanceOf(SessionCheck.Unknown.class, sessions.check(first.token()));
    }

    @Test
    void expiredSessionsAreRememberedForADayThenPurged() {
        Session s = sessions.create("ACME", "api");
        clock.advance(Duration.ofHours(2));
        assertInstanceOf(SessionCheck.Expired.class, sessions.check(s.token()));
        assertEquals(0, sessions.purgeExpired());

        clock.advance(Duration.ofDays(1));
        assertEquals(1, sessions.purgeExpired());
        assertInstanceOf(SessionCheck.Unknown.class, sessions.check(s.token()));
        assertEquals(0, sessions.size());
        assertTrue(sessions.create("ACME", "api").token().length() > 20, "the user can log in again");
    }

    @Test
    void aLoginAlsoForgetsTheUsersSessionsPastTheirDay() {
        Session old = sessions.create("ACME", "api");
        clock.advance(Duration.ofDays(2));
        sessions.create("ACME", "api");
        assertInstanceOf(SessionCheck.Unknown.class, sessions.check(old.token()));
        assertEquals(1, sessions.size());
    }

    @Test
    void aTokenReusedByAnotherUserIsNotRetiredByTheFirstUsersBound() {
        sessions.maxPerUser(1);
        sessions.create("ACME", "api", "fixed-token");
        Session taken = sessions.create("ACME", "other", "fixed-token"); // replaces the holder
        sessions.create("ACME", "api"); // api's bound retires api's sessions only
        assertInstanceOf(SessionCheck.Valid.class, sessions.check(taken.token()));
    }

    @Test
    void manyThreadsLoggingInAsOneUserNeverPassTheBound() throws Exception {
        sessions.maxPerUser(50);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            tasks.add(pool.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    sessions.create("ACME", "api");
                }
            }));
        }
        for (Future<?> f : tasks) {
            f.get();
        }
        pool.shutdown();
        assertEquals(50, sessions.size());
        assertEquals(50, sessions.list().stream().filter(s -> sessions.check(s.token()) instanceof SessionCheck.Valid).count());
    }
}
