package org.casebook.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.bson.types.Binary;
import org.casebook.console.form.Forms;
import org.casebook.journal.store.Store;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST: a retry with the same key and the same request gets the first answer
 * again, and records nothing; the same key with another request is refused (422). Keys belong to the user who sent
 * them and are kept in the store ({@value #COLLECTION}) for {@code casebook.api.idempotency-window}, so this holds
 * across restarts and across processes sharing the store: the first request claims the key with a unique
 * {@code _id}, and a second one arriving while the first is still being answered gets 409 with Retry-After. When
 * the first failed on the server (5xx) it may still have been recorded (a commit stored, then its flush failed),
 * so a retry with that key is not run again but told so (409): running it again could record twice. Runs after
 * authentication (the key is scoped to the signed-in user) and after the body size limit.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 90)
public class IdempotentPosts extends OncePerRequestFilter implements SchedulingConfigurer {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final String COLLECTION = "idempotency_keys";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
                                                                 HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER);
    /**
     * A claim this old was left by a process that stopped before answering; it may be taken over. Longer than any
     * request takes (the first report of a long journal folds for minutes), shorter than a client waits to retry.
     */
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final Duration FIRST_PURGE = Duration.ofMinutes(1);

    private final MongoCollection<Document> keys;
    private final Duration window;
    private final Duration purgeEvery;
    private final Clock clock;
    private final ObjectMapper json;

    public IdempotentPosts(Store store, Clock clock, ObjectMapper json, ApiSettings settings) {
        this.keys = store.database().getCollection(COLLECTION);
        this.clock = clock;
        this.json = json;
        this.window = settings.idempotencyWindow();
        this.purgeEvery = settings.idempotencyPurge();
    }

    /** Purges every {@code casebook.api.idempotency-purge}, the first time a minute after start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::purge, purgeEvery, FIRST_PURGE));
    }


    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || key(request) == null;
    }

    private static String key(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return header != null || !isForm(request) ? header : request.getParameter(Forms.KEY);
    }

    private static boolean isForm(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /** A form's fields in one order, without its CSRF token (which a new page of the same form changes). */
    private static byte[] formFields(HttpServletRequest request) {
        StringBuilder fields = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                fields.append(name).append('=').append(String.join("\u0000", values)).append('\n');
            }
        });
        return fields.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!KEY.matcher(key).matches()) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                   HEADER + " is 1 to 128 letters, digits or . _ : -");
            return;
        }
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        // a form's fields were read already (by the CSRF check); any other body is read here and handed on
        boolean form = isForm(request);
        byte[] body;
        try {
            body = form ? formFields(request) : request.getInputStream().readAllBytes();
        } catch (PayloadTooLarge tooLarge) {
            Problems.write(request, response, json, PayloadTooLarge.problem(tooLarge.limit()));
            return;
        }
        String id = sha256(caller.getName() + "\n" + key);
        // If-Match is part of the request: a retry that names another version is another request
        String fingerprint = sha256(request.getMethod() + " " + request.getRequestURI() + "?"
                                    + request.getQueryString() + "\n" + request.getHeader(HttpHeaders.IF_MATCH)
                                    + "\n", body);
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        Document claimed = claim(id, claim, fingerprint, now);
        if (claimed != null) {
            answerAgain(request, response, claimed, fingerprint);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean answered = false; // a failure of the handler itself leaves the claim marked FAILED
        try {
            chain.doFilter(form ? request : new BufferedBody(request, body), captured);
            answered = captured.getStatus() < 500;
        } finally {
            try {
                // only this request's own claim: one that took over an abandoned claim must not be overwritten
                Document ours = new Document("_id", id).append("claim", claim);
                if (captured.getStatus() == DomainProblems.MISDIRECTED) {
                    // not answered here: the key stays free for the node the request belongs to
                    keys.deleteOne(ours);
                } else {
                    keys.updateOne(ours, new Document("$set", answered ? answer(captured)
                            : new Document("state", "FAILED").append("status", captured.getStatus())));
                }
            } finally {
                captured.copyBodyToResponse();
            }
        }
    }

    /** Claims the key for this request; returns the claim that holds it already, or null when this one got it. */
    private Document claim(String id, String claim, String fingerprint, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                keys.insertOne(new Document("_id", id).append("claim", claim).append("fingerprint", fingerprint)
                                                      .append("state", "CLAIMED")
                                                      .append("at", Date.from(now)));
                return null;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document held = keys.find(new Document("_id", id)).first();
            if (held == null) {
                continue;
            }
            Instant at = held.getDate("at").toInstant();
            boolean expired = at.plus(window).isBefore(now);
            boolean abandoned = "CLAIMED".equals(held.getString("state")) && at.plus(ABANDONED).isBefore(now);
            if (!expired && !abandoned) {
                return held;
            }
            // an old key is free again: remove exactly the document seen, so two takers cannot both succeed
            keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("at", held.getDate("at"))));
        }
        throw new IllegalStateException("could not claim an idempotency key after three attempts");
    }

    private void answerAgain(HttpServletRequest request, HttpServletResponse response, Document held,
                             String fingerprint) throws IOException {
        if (!fingerprint.equals(held.getString("fingerprint"))) {
            refuse(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                   "Idempotency key used for another request",
                   "this " + HEADER + " was sent with another request; a retry must repeat the first request "
                           + "exactly, and a new request needs a new key");
            return;
        }
        if ("FAILED".equals(held.getString("state"))) {
            refuse(request, response, HttpStatus.CONFLICT, "first-attempt-failed", "First attempt failed",
                   "the first request with this " + HEADER + " failed on the server, and it may or may not have "
                           + "been recorded: read the record to see, then send the request again with a new key");
            return;
        }
        if (!"ANSWERED".equals(held.getString("state"))) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(request, response, HttpStatus.CONFLICT, "request-in-progress", "Request in progress",
                   "a request with this " + HEADER + " is still being answered; retry in a moment");
            return;
        }
        response.setStatus(held.getInteger("status"));
        Document headers = held.get("headers", Document.class);
        headers.forEach((name, value) -> response.setHeader(name, (String) value));
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(held.get("body", Binary.class).getData());
    }

    private static Document answer(ContentCachingResponseWrapper captured) {
        Document headers = new Document();
        for (String name : REPLAYED_HEADERS) {
            String value = name.equals(HttpHeaders.CONTENT_TYPE) ? captured.getContentType() : captured.getHeader(name);
            if (value != null) {
                headers.append(name, value);
            }
        }
        return new Document("state", "ANSWERED").append("status", captured.getStatus()).append("headers", headers)
                                                .append("body", new Binary(captured.getContentAsByteArray()));
    }

    /** Keys older than the window are removed now and then; until then they are passed over when met. */
    public void purge() {
        keys.deleteMany(Filters.lt("at", Date.from(clock.instant().minus(window))));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
                        String title, String detail) throws IOException {
        Problems.write(request, response, json, Problems.problem(status, kind, title, detail));
    }

    private static String sha256(String text, byte[]... more) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            for (byte[] bytes : more) {
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
