package dev.cventmock.cvent.guests;

import dev.cventmock.cvent.errors.CventError;

/** Why one guest of an update was not applied: a Cvent code and its description. */
public record GuestError(String code, String description) {
    public static GuestError of(CventError error) {
        return new GuestError(error.code(), error.message());
    }
}
