package org.casebook.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's whole body before anything else does, within {@code casebook.api.body-read-timeout} and, after
 * its first second, at {@code casebook.api.min-body-rate} or faster. A body that comes slower gets 408 and goes no
 * further, so nothing is recorded; before, a signed-in client that trickled its body kept a thread for as long as
 * it liked. It runs after sign-in (Spring Security refuses a request that is not signed in without reading its
 * body, and {@link RefusedBodies} sees that the body is not drained either) and after {@link BodySizeLimit}, so it
 * holds at most that limit in memory. A read waits at most Tomcat's connection timeout for the next bytes: when
 * a client stops sending, Tomcat answers 408 itself ({@link ErrorProblems}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 99)
public class BodyDeadline extends OncePerRequestFilter {

    /** A body is not held to the minimum rate in its first second: a small one may take a round trip or two. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final Duration timeout;
    private final DataSize minRate;
    private final ObjectMapper json;

    public BodyDeadline(ApiSettings settings, ObjectMapper json) {
        this.timeout = settings.bodyReadTimeout();
        this.minRate = settings.minBodyRate();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = read(request.getInputStream(), declared);
        } catch (TooSlow slow) {
            Problems.write(request, response, json, slow.problem());
            return;
        } catch (PayloadTooLarge tooLarge) {
            Problems.write(request, response, json, PayloadTooLarge.problem(tooLarge.limit()));
            return;
        } catch (IOException e) {
            if (timedOut(e)) {
                return; // Tomcat has answered 408 already: the client sent nothing for its connection timeout
            }
            throw e;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /** The body, or {@link TooSlow} as soon as it is behind: past the deadline, or below the rate after the grace. */
    private byte[] read(InputStream in, long declared) throws IOException {
        long started = System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, 65_536) : 8_192);
        byte[] buffer = new byte[8_192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            body.write(buffer, 0, n);
            boolean complete = declared >= 0 && body.size() >= declared;
            long elapsed = System.nanoTime() - started;
            if (!complete && (elapsed > timeout.toNanos() || body.size() < owed(elapsed))) {
                throw new TooSlow(body.size(), declared, Duration.ofNanos(elapsed));
            }
        }
        return body.toByteArray();
    }

    /** The bytes a body must have delivered {@code elapsed} nanoseconds after it started. */
    private long owed(long elapsed) {
        long held = elapsed - GRACE.toNanos();
        return held <= 0 ? 0 : (long) (minRate.toBytes() * (held / 1e9));
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** 408: the body did not arrive in time (here, or when Tomcat gave up waiting for its next bytes). */
    public static ProblemDetail problem(String detail) {
        return Problems.problem(HttpStatus.REQUEST_TIMEOUT, "request-timeout", "Request body too slow", detail);
    }

    private final class TooSlow extends IOException {
        private final long received;
        private final long declared;
        private final Duration elapsed;

        TooSlow(long received, long declared, Duration elapsed) {
            super("the request body is too slow");
            this.received = received;
            this.declared = declared;
            this.elapsed = elapsed;
        }

        ProblemDetail problem() {
            return BodyDeadline.problem(String.format(Locale.ROOT,
                    "the request body did not arrive in time: %d%s bytes in %.1f s; a body must arrive within %d s,"
                            + " at %d bytes a second or faster after its first second",
                    received, declared > 0 ? " of " + declared : "", elapsed.toMillis() / 1000.0,
                    timeout.toSeconds(), minRate.toBytes()));
        }
    }
}
