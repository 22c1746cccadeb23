package dev.cventmock.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * The container healthcheck: {@code java -cp cvent-mock.jar dev.cventmock.server.HealthCheck URL} exits 0 when
 * the URL answers 200 within two seconds, 1 otherwise. It loads nothing of the server, so it starts fast,
 * and needs no curl in the image.
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/__admin/health";
        System.exit(check(url) ? 0 : 1);
    }

    static boolean check(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(2000);
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status == 200;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("unhealthy: " + url + ": " + e.getMessage());
            return false;
        }
    }
}
