package dev.cventmock.cvent;

import dev.cventmock.cvent.accounts.ApiQuota;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.SessionRegistry;
import dev.cventmock.cvent.guests.GuestService;
import dev.cventmock.cvent.guests.GuestStore;

/** All state of the emulated Cvent account: guests, accounts and sessions, the API quota. */
public record CventBackend(GuestStore store, GuestService guests, LoginService logins, ApiQuota quota) {
    public SessionRegistry sessions() {
        return logins.sessions();
    }
}
