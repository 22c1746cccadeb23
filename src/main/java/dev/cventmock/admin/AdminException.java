package dev.cventmock.admin;

/** An admin request that cannot be served: the HTTP status and a message for the JSON error body. */
final class AdminException extends RuntimeException {
    private final int status;

    AdminException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static AdminException notFound(String message) {
        return new AdminException(404, message);
    }

    static AdminException badRequest(String message) {
        return new AdminException(400, message);
    }
}
