package dev.cventmock.server;

import dev.cventmock.admin.Fixtures;
import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.cvent.accounts.ApiQuota;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.SessionRegistry;
import dev.cventmock.cvent.guests.GuestService;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.cvent.guests.UpdatePolicy;
import dev.cventmock.durability.DurableState;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.journal.CallCounters;
import dev.cventmock.journal.RequestJournal;
import dev.cventmock.state.Capacity;
import dev.cventmock.xs2event.bookings.BookingOrders;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a server holds, apart from how it is reached: the stores and services with their bounds, the fixtures,
 * the journal and fault rules, and the data directory behind them. {@link CventMockServer} wires Jetty in front.
 */
final class EmulatorState {
    private static final Logger LOG = LoggerFactory.getLogger("cvent-mock");

    private final CventMockServer.Builder settings;
    private final CventBackend cvent;
    private final RequestJournal journal;
    private final CallCounters counters = new CallCounters();
    private final FaultRules faults = new FaultRules();
    private final BookingOrders bookingOrders;
    private final Fixtures fixtures;
    private DurableState durable;

    EmulatorState(CventMockServer.Builder b) {
        this.settings = b;
        GuestStore store = new GuestStore(new Capacity("guests", "--max-guests", b.maxGuests()),
                new Capacity("events", "--max-events", b.maxEvents), b.clock);
        SessionRegistry sessions = new SessionRegistry(b.clock, b.sessionLifetime);
        sessions.maxPerUser(b.maxSessionsPerUser);
        this.cvent = new CventBackend(store,
                new GuestService(store, b.clock, new UpdatePolicy(b.strict, b.maxGuestsPerCall)),
                new LoginService(b.clock, sessions, b.lockoutThreshold),
                new ApiQuota(b.clock, b.dailyQuota));
        this.bookingOrders = new BookingOrders(b.clock, b.strict,
                new Capacity("booking orders", "--max-booking-orders", b.maxBookingOrders),
                new Capacity("XS2event guests", "--max-xs2event-guests", b.maxXs2eventGuests()));
        this.journal = new RequestJournal(b.journalEnabled, b.journalMaxEntries, b.journalMaxBytes(),
                RequestJournal.DEFAULT_MAX_BODY_BYTES);
        try {
            this.fixtures = b.fixtures == null ? Fixtures.none() : Fixtures.load(b.fixtures);
        } catch (IOException | IllegalArgumentException e) {
            throw new CventMockServer.InvalidSetting("fixtures", e.getMessage(), e);
        }
        if (b.dataDir == null) {
            loadStartState();
        } // else the directory is taken and recovered by start(): a server that is never started holds nothing open
    }

    /** With a data directory: takes it and recovers its state into the stores (the start state on a first start). */
    void open() {
        if (settings.dataDir == null || durable != null) {
            return;
        }
        // what was stored before is put back whole, even if the bounds are lower now: they refuse only new additions
        List<Capacity> bounds = List.of(cvent.store().guestCapacity(), cvent.store().eventCapacity(), bookingOrders.capacity(),
                bookingOrders.guestCapacity());
        List<Long> limits = bounds.stream().map(Capacity::max).toList();
        bounds.forEach(c -> c.max(Long.MAX_VALUE));
        try {
            DurableState.Opened opened = DurableState.open(settings.dataDir, settings.compactAfterBytes, cvent, bookingOrders);
            durable = opened.state();
            if (!opened.recovered()) {
                loadStartState(); // a first start: the start state is recorded like any change
            }
            durable.sync();
        } catch (IOException e) {
            close();
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new CventMockServer.InvalidSetting("data-dir", why.contains(settings.dataDir.toString()) ? why
                    : "cannot use the data directory " + settings.dataDir + ": " + why, e);
        } finally {
            for (int i = 0; i < bounds.size(); i++) {
                bounds.get(i).max(limits.get(i));
            }
        }
    }

    /** Gives up the data directory, if this holds it. */
    void close() {
        if (durable != null) {
            try {
                durable.close();
            } catch (IOException e) {
                LOG.warn("cannot close the data log: {}", e.toString());
            }
            durable = null;
        }
    }

    /** Accounts (configured, else the default, plus the fixtures'), then the fixtures' guests and sessions. */
    private void loadStartState() {
        List<Account> accounts = new ArrayList<>(settings.accounts);
        accounts.addAll(fixtures.accounts());
        (accounts.isEmpty() ? List.of(Account.DEFAULT) : accounts).forEach(cvent.logins()::addAccount);
        fixtures.applyTo(cvent);
        fixtures.applyTo(bookingOrders);
    }

    /** Back to the start-up state (see {@link CventMockServer#reset()}). */
    void reset() {
        faults.clear();
        journal.clear();
        counters.clear();
        cvent.store().clear();
        cvent.sessions().clear();
        cvent.quota().resetAll();
        cvent.logins().clearAccounts();
        bookingOrders.clear();
        loadStartState();
    }

    void purgeExpiredSessions() {
        try {
            cvent.sessions().purgeExpired();
        } catch (RuntimeException e) {
            LOG.warn("purging expired sessions failed: {}", e.toString());
        }
    }

    CventBackend cvent() {
        return cvent;
    }

    BookingOrders bookingOrders() {
        return bookingOrders;
    }

    RequestJournal journal() {
        return journal;
    }

    CallCounters counters() {
        return counters;
    }

    FaultRules faults() {
        return faults;
    }

    /** The data directory's state while this holds it, else null. */
    DurableState durable() {
        return durable;
    }
}
