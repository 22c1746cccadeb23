package dev.cventmock.testing;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.accounts.ApiQuota;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.SessionRegistry;
import dev.cventmock.cvent.guests.GuestService;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.cvent.guests.UpdatePolicy;
import java.time.Clock;
import java.time.Duration;

/** The Cvent model without a server around it, on its defaults: lenient, one-hour sessions, no quota. */
public final class Backends {
    private Backends() {
    }

    public static CventBackend inMemory() {
        Clock clock = Clock.systemUTC();
        GuestStore store = new GuestStore();
        return new CventBackend(store, new GuestService(store, clock, UpdatePolicy.lenient()),
                new LoginService(clock, new SessionRegistry(clock, Duration.ofHours(1)), 5), new ApiQuota(clock, 0));
    }
}
