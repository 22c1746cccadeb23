package dev.cventmock.journal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response held back in memory until the journal has recorded it (a client that has its answer can rely on
 * finding the call in the journal) and, with a data directory, its changes are on disk. Status and headers go through
 * at once; the body is sent by {@link #send()}.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("the journal buffers responses; asynchronous writes are not used");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held until send()
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
    }

    private byte[] bytes;

    /** What was written (the same array {@link #send()} sends). */
    public byte[] bytes() {
        if (bytes == null) {
            if (writer != null) {
                writer.flush();
            }
            bytes = body.toByteArray();
        }
        return bytes;
    }

    /** Sends the held body to the client. */
    public void send() throws IOException {
        byte[] out = bytes();
        if (out.length > 0) {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            real.setContentLength(out.length);
            real.getOutputStream().write(out);
        }
    }
}
