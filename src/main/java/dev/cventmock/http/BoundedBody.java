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

    /**
     * Reads and drops the body of a call refused before its body was read (bounded by the limit): answering while
     * the client still sends a chunked body made Jetty close the connection under it, and the client lost the
     * answer ("received no bytes").
     */
    public static void drain(HttpServletRequest request, long limit) {
        try {
            read(request, limit);
        } catch (BodyTooLarge | IOException e) {
            // the refusal is still answered; the connection may close after it
        }
    }
}
