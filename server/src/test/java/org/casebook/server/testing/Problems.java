package org.casebook.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the problem documents (RFC 9457) that Casebook answers a refused request with. */
public final class Problems {

    private Problems() {
    }

    /**
     * Asserts that the request was refused with 422 by the named rule; returns the problem document, for what
     * else a test checks it says (the field, the detail).
     */
    public static JsonNode assertRefused(Api.Response response, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode problem = response.json();
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
        return problem;
    }
}
