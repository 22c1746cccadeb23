package dev.cventmock.cvent.accounts;

import java.util.Objects;

/** Credentials that can log in: Cvent's AccountNumber, UserName and Password. */
public record Account(String accountNumber, String userName, String password) {
    public static final Account DEFAULT = new Account("TEST", "test", "test");

    public Account {
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        if (accountNumber.isBlank() || userName.isBlank()) {
            throw new IllegalArgumentException("AccountNumber and UserName must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Account[" + accountNumber + "/" + userName + "]"; // never the password
    }
}
