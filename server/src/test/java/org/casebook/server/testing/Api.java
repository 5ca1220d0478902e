package org.casebook.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for Casebook's API, signed in as one user (or nobody). */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration PAUSE = Duration.ofMillis(200);

    private final String baseUrl;
    private final String authorization;

    public Api(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    /**
     * The case file once its view holds journal position {@code after} (read-your-writes: the server waits for
     * the view, and answers 503 if it does not catch up in time); it must be readable.
     */
    public JsonNode caseFile(String caseId, long after) {
        Response response = get("/api/crises/" + caseId + "?after=" + after);
        if (response.status() != 200) {
            throw new AssertionError("case " + caseId + " after " + after + ": " + response);
        }
        return response.json();
    }

    /** The journal's head position. */
    public long head() {
        return get("/api/journal/head").json().get("position").asLong();
    }

    /**
     * A long-running request's final answer: while it answers 202 Accepted, pauses as its {@code Retry-After} asks
     * (a few hundred milliseconds where it does not say) and follows its {@code Location}, until it answers
     * otherwise; fails if it is still running after {@code timeout}.
     */
    public Response awaitFinal(Response response, Duration timeout) {
        Instant giveUp = Instant.now().plus(timeout);
        while (response.status() == 202) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("still running after " + timeout + ": " + response);
            }
            String retryAfter = response.header("Retry-After");
            pause(retryAfter == null ? PAUSE : Duration.ofSeconds(Long.parseLong(retryAfter)));
            response = get(response.header("Location"));
        }
        return response;
    }

    /** Sleeps, turning an interruption into a failure (the interrupt kept). */
    static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes of a GET that must succeed (a report file, a ZIP). */
    public byte[] download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code body} as JSON (a String is sent as is), with {@code Content-Type: application/json} unless given. */
    public Response send(String method, String path, Object body, Map<String, String> headers) {
        Map<String, String> allHeaders = new LinkedHashMap<>();
        if (body != null) {
            allHeaders.put("Content-Type", "application/json");
        }
        allHeaders.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        allHeaders.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            request.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(text));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The id of what a POST created. */
        public String id() {
            return json().get("id").asText();
        }

        /** The journal position a POST was recorded at: to read it back with {@code ?after=}. */
        public long position() {
            return json().get("position").asLong();
        }

        public String header(String name) {
            return headers.entrySet().stream()
                          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                          .map(entry -> entry.getValue().get(0))
                          .findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
