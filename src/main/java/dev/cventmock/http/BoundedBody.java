package dev.cventmock.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body whole, but never more than the limit. */
public final class BoundedBody {
    private BoundedBody() {
    }

    public static byte[] read(HttpServletRequest request, long limit) throws IOException, BodyTooLarge {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw new BodyTooLarge(limit);
        }
        InputStream in = request.getInputStream();
        if (declared >= 0) {
            byte[] body = in.readNBytes((int) declared);
            if (in.read() >= 0) {
                throw new BodyTooLarge(limit); // more than Content-Length said: not to be trusted
            }
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new BodyTooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads and drops what is left of the body, at most {@code limit} bytes (see {@link UnreadBodyFilter}). */
    public static void drain(HttpServletRequest request, long limit) {
        try {
            read(request, limit);
        } catch (BodyTooLarge | IOException | IllegalStateException e) {
            // over the limit, the client gone, or read as characters already: the connection may close, as before
        }
    }
}
