package dev.cventmock.cvent.accounts;

import dev.cventmock.state.Capacity;
import dev.cventmock.state.StoreChanges;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cvent's Login: accounts, consecutive-failure lockout, sessions. AccountNumber and UserName are matched
 * without regard to case, the password exactly. A user is locked out after {@code lockoutThreshold}
 * consecutive failures, for {@code lockoutDuration}; while locked, even the right password is refused.
 */
public final class LoginService {
    public static final int DEFAULT_LOCKOUT_THRESHOLD = 5;
    /** Accounts (AccountNumber + UserName) held at most; each has its lockout state and quota count. */
    public static final int MAX_ACCOUNTS = 10_000;
    public static final Duration LOCKOUT_DURATION = Duration.ofMinutes(30);

    private final ConcurrentHashMap<String, AccountState> accounts = new ConcurrentHashMap<>();
    private final SessionRegistry sessions;
    private final Clock clock;
    private final int lockoutThreshold;
    private volatile Changes changes = Changes.NONE;

    /** Where account additions are reported (persistence); no-op by default. Lockouts are not persisted. */
    public interface Changes extends StoreChanges {
        Changes NONE = new Changes() {
        };

        default void accountAdded(Account account) {
        }

        default void accountsCleared() {
        }
    }

    public void changes(Changes listener) {
        this.changes = listener;
    }

    public LoginService(Clock clock, SessionRegistry sessions, int lockoutThreshold) {
        if (lockoutThreshold < 1) {
            throw new IllegalArgumentException("lockout threshold must be at least 1: " + lockoutThreshold);
        }
        this.clock = clock;
        this.sessions = sessions;
        this.lockoutThreshold = lockoutThreshold;
    }

    public SessionRegistry sessions() {
        return sessions;
    }

    /**
     * Adds the account, or replaces its password (and lifts any lockout) when it exists.
     *
     * @throws Capacity.Full when {@link #MAX_ACCOUNTS} accounts exist and this one is new
     */
    public void addAccount(Account account) {
        Changes listener = changes;
        listener.write(() -> accounts.compute(key(account.accountNumber(), account.userName()), (k, old) -> {
            if (old == null && accounts.size() >= MAX_ACCOUNTS) {
                throw new Capacity("accounts", "at most " + MAX_ACCOUNTS, MAX_ACCOUNTS).full();
            }
            listener.accountAdded(account);
            return new AccountState(account, 0, null);
        }));
    }

    public void clearAccounts() {
        Changes listener = changes;
        listener.write(() -> {
            accounts.clear();
            listener.accountsCleared();
        });
    }

    public List<AccountStatus> accounts() {
        Instant now = clock.instant();
        return accounts.values().stream()
                .map(s -> new AccountStatus(s.account, s.isLockedAt(now), s.failures, s.lockedUntil))
                .sorted((a, b) -> (a.account().accountNumber() + "/" + a.account().userName())
                        .compareToIgnoreCase(b.account().accountNumber() + "/" + b.account().userName()))
                .toList();
    }

    /** Lifts a lockout and forgets past failures; false when there is no such account. */
    public boolean unlock(String accountNumber, String userName) {
        return accounts.computeIfPresent(key(accountNumber, userName), (k, s) -> new AccountState(s.account, 0, null)) != null;
    }

    public LoginOutcome login(String accountNumber, String userName, String password) {
        if (accountNumber == null || userName == null || password == null) {
            return new LoginOutcome(null, LoginOutcome.ACCESS_DENIED);
        }
        Instant now = clock.instant();
        LoginOutcome[] outcome = new LoginOutcome[1];
        AccountState state = accounts.computeIfPresent(key(accountNumber.strip(), userName.strip()), (k, s) -> {
            if (s.isLockedAt(now)) {
                outcome[0] = new LoginOutcome(null, LoginOutcome.LOCKED_OUT);
                return s;
            }
            int failures = s.lockedUntil != null ? 0 : s.failures; // a lockout that ran out starts afresh
            if (s.account.password().equals(password)) {
                outcome[0] = new LoginOutcome(sessions.create(s.account.accountNumber(), s.account.userName()), null);
                return new AccountState(s.account, 0, null);
            }
            failures++;
            outcome[0] = new LoginOutcome(null, LoginOutcome.ACCESS_DENIED);
            return new AccountState(s.account, failures, failures >= lockoutThreshold ? now.plus(LOCKOUT_DURATION) : null);
        });
        return state == null ? new LoginOutcome(null, LoginOutcome.ACCESS_DENIED) : outcome[0];
    }

    private static String key(String accountNumber, String userName) {
        return accountNumber.toUpperCase(Locale.ROOT) + '\n' + userName.toUpperCase(Locale.ROOT);
    }

    /** An account as the admin API shows it. */
    public record AccountStatus(Account account, boolean locked, int consecutiveFailures, Instant lockedUntil) {
    }

    private record AccountState(Account account, int failures, Instant lockedUntil) {
        boolean isLockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** For startup messages. */
    public Collection<Account> accountList() {
        return accounts.values().stream().map(AccountState::account).toList();
    }
}
