package dev.cventmock.cvent.accounts;

import dev.cventmock.state.StoreChanges;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued sessions. Tokens are 256 random bits. A session expires a fixed time after creation; an expired
 * session is still recognised as expired (not unknown) for a day, then forgotten.
 * <p>
 * Bounded: each user keeps at most {@link #maxPerUser()} sessions, live or remembered-expired; a Login beyond that
 * retires the user's oldest session (its token is then unknown, CV10104), as a client that logs in before every
 * call would otherwise pile up a session per call for an hour (a million after a minute at full speed, and Login
 * slowing as they grew). Users are bounded by the accounts, so the whole registry is. {@link #purgeExpired()}
 * forgets what is past its day; it runs at every Login for that user, and on a schedule for all.
 */
public final class SessionRegistry {
    static final Duration EXPIRED_RETENTION = Duration.ofDays(1);
    public static final int DEFAULT_MAX_PER_USER = 1_000;

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    // each user's sessions, oldest first; a deque is guarded by its own monitor
    private final ConcurrentHashMap<String, ArrayDeque<Session>> byUser = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Duration lifetime;
    private volatile int maxPerUser = DEFAULT_MAX_PER_USER;
    private volatile Changes changes = Changes.NONE;

    /** Where sessions are reported as they are created, expired or retired (persistence); no-op by default. */
    public interface Changes extends StoreChanges {
        Changes NONE = new Changes() {
        };

        default void stored(Session session) {
        }

        default void removed(String token) {
        }

        default void cleared() {
        }
    }

    public void changes(Changes listener) {
        this.changes = listener;
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

    public int maxPerUser() {
        return maxPerUser;
    }

    /** How many sessions one user keeps at most (live or remembered-expired); the oldest are retired first. */
    public void maxPerUser(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("sessions per user must be at least 1: " + max);
        }
        this.maxPerUser = max;
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
        listener.write(() -> {
            sessions.compute(token, (t, old) -> {
                listener.stored(session);
                return session;
            });
            admit(session, now, listener);
        });
        return session;
    }

    /** Puts back a session as it was (recovery); not reported. */
    public void restore(Session session) {
        sessions.put(session.token(), session);
        admit(session, clock.instant(), Changes.NONE);
    }

    /** Adds the session to its user's list, then retires what is past its day or beyond the user's bound. */
    private void admit(Session session, Instant now, Changes listener) {
        List<Session> retired = new ArrayList<>(1);
        String key = userKey(session);
        while (true) {
            ArrayDeque<Session> mine = byUser.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (mine) {
                if (byUser.get(key) != mine) {
                    continue; // emptied and dropped by a purge meanwhile
                }
                mine.addLast(session);
                trim(mine, now, retired);
                break;
            }
        }
        retired.forEach(s -> retire(s, listener));
    }

    /** Takes from the head (the oldest) what is forgotten or over the bound; the deque's lock is held. */
    private void trim(ArrayDeque<Session> mine, Instant now, List<Session> retired) {
        Instant forgetBefore = now.minus(EXPIRED_RETENTION);
        int max = maxPerUser;
        while (!mine.isEmpty()) {
            Session oldest = mine.peekFirst();
            boolean gone = sessions.get(oldest.token()) != oldest; // replaced (a reused token, expire()) or removed
            if (gone) {
                mine.pollFirst();
            } else if (mine.size() > max || oldest.expires().isBefore(forgetBefore)) {
                retired.add(mine.pollFirst());
            } else {
                return;
            }
        }
    }

    private void retire(Session s, Changes listener) {
        if (sessions.remove(s.token(), s)) {
            listener.removed(s.token());
        }
    }

    /** Forgets every session past its day of being remembered; returns how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        Changes listener = changes;
        List<Session> retired = new ArrayList<>();
        listener.write(() -> {
            byUser.forEach((key, mine) -> {
                synchronized (mine) {
                    trim(mine, now, retired);
                    if (mine.isEmpty()) {
                        byUser.remove(key, mine); // made again at the user's next Login
                    }
                }
            });
            retired.forEach(s -> retire(s, listener));
        });
        return retired.size();
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
        Session[] expired = new Session[1];
        listener.write(() -> {
            sessions.computeIfPresent(token, (t, s) -> {
                expired[0] = new Session(t, s.accountNumber(), s.userName(), s.created(), now);
                listener.stored(expired[0]);
                return expired[0];
            });
            if (expired[0] != null) {
                admit(expired[0], now, listener); // the session it replaced leaves the user's list at the next trim
            }
        });
        return expired[0] != null;
    }

    /** Forgets a session (recovery of a retirement); false when the token is unknown. */
    public boolean remove(String token) {
        Changes listener = changes;
        return listener.write(() -> {
            Session gone = sessions.remove(token);
            if (gone != null) {
                listener.removed(token);
            }
            return gone != null;
        });
    }

    /** Every session still known, oldest first. */
    public List<Session> list() {
        List<Session> out = new ArrayList<>(sessions.values());
        out.sort(Comparator.comparing(Session::created));
        return out;
    }

    public int size() {
        return sessions.size();
    }

    public void clear() {
        Changes listener = changes;
        listener.write(() -> {
            sessions.clear();
            byUser.clear();
            listener.cleared();
        });
    }

    private static String userKey(Session s) {
        return (s.accountNumber() + "\n" + s.userName()).toUpperCase(Locale.ROOT);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
