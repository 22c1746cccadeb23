package dev.cventmock.soap;

import java.util.Locale;

/**
 * How SOAP requests are read and answered. {@code STREAMING} (the default) reads Login, UpdateGuestInfo and Retrieve in
 * one pass and writes the answer directly, handing anything unusual to Metro; {@code METRO} sends every call
 * through Metro's JAX-WS runtime, the reference the streaming engine is tested against.
 */
public enum SoapEngine {
    STREAMING, METRO;

    public static SoapEngine of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the SOAP engine is streaming or metro: '" + name + "'");
        }
    }
}
