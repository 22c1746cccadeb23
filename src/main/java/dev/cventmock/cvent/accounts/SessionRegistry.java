package dev.cventmock.cvent.accounts;

import dev.cventmock.state.StoreChanges;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issued sessions. Tokens are 256 random bits. A session expires a fixed time after creation; an expired
 * session is still recognised as expired (not unknown) for a day, then forgotten so the map stays bounded.
 */
public final class SessionRegistry {
    static final Duration EXPIRED_RETENTION = Duration.ofDays(1);
    private static final int SWEEP_EVERY = 1024;

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger createdSinceSweep = new AtomicInteger();
    private final Clock clock;
    private volatile Duration lifetime;
    private volatile Changes changes = Changes.NONE;

    /** Where sessions are reported as they are created or expired (persistence); no-op by default. */
    public interface Changes extends StoreChanges {
        Changes NONE = new Changes() {
        };

        default void stored(Session session) {
        }

        default void cleared() {
        }
    }

    public void changes(Changes listener) {
        this.changes = listener;
    }

    /** Puts back a session as it was (recovery); not reported. */
    public void restore(Session session) {
        sessions.put(session.token(), session);
    }

    public SessionRegistry(Clock clock, Duration lifetime) {
        this.clock = clock;
        lifetime(lifetime);
    }

    public Duration lifetime() {
        return lifetime;
    }

    public void lifetime(Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive: " + lifetime);
        }
        this.lifetime = lifetime;
    }

    /** A new session with a fresh unguessable token. */
    public Session create(String accountNumber, String userName) {
        return create(accountNumber, userName, newToken());
    }

    /** A session with a token of the caller's choice (tests that need a known token); replaces any holder. */
    public Session create(String accountNumber, String userName, String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        Instant now = clock.instant();
        Session session = new Session(token, accountNumber, userName, now, now.plus(lifetime));
        Changes listener = changes;
        listener.write(() -> sessions.compute(token, (t, old) -> {
            listener.stored(session);
            return session;
        }));
        if (createdSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            createdSinceSweep.set(0);
            sweep(now);
        }
        return session;
    }

    public SessionCheck check(String token) {
        Session session = token == null ? null : sessions.get(token);
        if (session == null) {
            return new SessionCheck.Unknown();
        }
        return session.isExpiredAt(clock.instant()) ? new SessionCheck.Expired(session) : new SessionCheck.Valid(session);
    }

    /** Ends the session's life now; false when the token is unknown. */
    public boolean expire(String token) {
        Instant now = clock.instant();
        Changes listener = changes;
        return listener.write(() -> sessions.computeIfPresent(token, (t, s) -> {
            Session expired = new Session(t, s.accountNumber(), s.userName(), s.created(), now);
            listener.stored(expired);
            return expired;
        })) != null;
    }

    /** Every session still known, oldest first. */
    public List<Session> list() {
        List<Session> out = new ArrayList<>(sessions.values());
        out.sort(Comparator.comparing(Session::created));
        return out;
    }

    public void clear() {
        Changes listener = changes;
        listener.write(() -> {
            sessions.clear();
            listener.cleared();
        });
    }

    private void sweep(Instant now) {
        Instant forgetBefore = now.minus(EXPIRED_RETENTION);
        sessions.values().removeIf(s -> s.expires().isBefore(forgetBefore));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
