package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A text from any corner of Unicode is either stored exactly, so the hash chain still verifies and the case file
 * shows it as sent, or refused with 400 naming the field, recording nothing. Refused: lone UTF-16 surrogates (no
 * UTF-8 bytes can store them), control characters other than tab and line breaks, bidi overrides and isolates
 * (they make a text read differently from what it says), and texts made only of invisible characters.
 */
class HostileTextApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Api auditor = casebook.as("AUDITOR");
    private static String caseId;

    @BeforeAll
    static void record() {
        caseId = coordinator.post("/api/crises", openCase()).id();
    }

    /** A sample of code points of every Unicode general category, spread over the planes, with a fixed seed. */
    static Stream<String> everyCategory() {
        Map<Integer, List<Integer>> byCategory = new TreeMap<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            byCategory.computeIfAbsent(Character.getType(cp), type -> new ArrayList<>()).add(cp);
        }
        Random random = new Random(12);
        List<String> texts = new ArrayList<>();
        byCategory.values().forEach(points -> {
            List<Integer> picks = new ArrayList<>(List.of(points.get(0), points.get(points.size() - 1)));
            for (int i = 0; i < 3; i++) {
                picks.add(points.get(random.nextInt(points.size())));
            }
            picks.forEach(cp -> texts.add("Case " + new String(Character.toChars(cp)) + " text"));
        });
        return texts.stream();
    }

    static Stream<String> namedHostileTexts() {
        return Stream.of("\ud800x", "x\udc00", "\udc00\ud800", "nul\u0000byte", "bell\u0007", "next\u0085line",
                         "esc\u001b[31mred", "abc\u202Eevil", "iso\u2066late\u2069", "\u200B\u200B", "\uFEFF",
                         " \u00A0\u3000", "\u2060\u180E", "\u3164", "e\u0301t\u00E9 \u0301",
                         "family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD835\uDD18nicode \uD83D\uDC4D\uD83C\uDFFD",
                         "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD", "line\nbreak\ttab\r\n", "\u200Fmark");
    }

    @ParameterizedTest
    @MethodSource({"everyCategory", "namedHostileTexts"})
    void a_title_is_stored_exactly_or_refused_naming_the_field(String text) throws Exception {
        Map<String, Object> body = openCase();
        body.put("title", text);

        Api.Response response = coordinator.post("/api/crises", escaped(body));

        assertStoredExactlyOrRefused(text, response, "title", id -> coordinator.get("/api/crises/" + id
                + "?after=" + response.position()).json().get("title").asText());
    }

    @ParameterizedTest
    @MethodSource({"everyCategory", "namedHostileTexts"})
    void a_decision_text_is_stored_exactly_or_refused_naming_the_field(String text) throws Exception {
        Map<String, Object> body = decision(text, null);

        Api.Response response = coordinator.post("/api/crises/" + caseId + "/decisions", escaped(body));

        assertStoredExactlyOrRefused(text, response, "decision", id -> {
            JsonNode decisions = coordinator.get("/api/crises/" + caseId + "?after="
                    + response.position()).json().get("decisions");
            return decisions.get(decisions.size() - 1).get("decision").asText();
        });
    }

    @Test
    void an_option_and_a_finding_are_refused_naming_their_place_in_the_body() throws Exception {
        Map<String, Object> body = decision("Deploy", null);
        body.put("optionsConsidered", List.of("Fine", "bad\u202Eoption"));
        Api.Response decision = coordinator.post("/api/crises/" + caseId + "/decisions", escaped(body));

        assertThat(decision.status()).as(decision.body()).isEqualTo(400);
        assertThat(decision.json().get("errors").get(0).get("field").asText()).isEqualTo("optionsConsidered[1]");
    }

    /** The rule as the test states it, independently of the code: what may not be stored exactly, or misleads. */
    private static boolean refused(String text) {
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        for (int cp : text.codePoints().toArray()) {
            int type = Character.getType(cp);
            if (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
                return true;
            }
            if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                return true;
            }
            boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                    || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || cp == 0x3164 || cp == 0x115F || cp == 0x1160
                    || cp == 0xFFA0 || cp == 0x2800;
            visible |= !invisible;
        }
        return !visible;
    }

    private interface Reader {
        String read(String id) throws Exception;
    }

    private static void assertStoredExactlyOrRefused(String text, Api.Response response, String field, Reader reader)
            throws Exception {
        JsonNode head = auditor.get("/api/journal/head").json();
        if (refused(text)) {
            assertThat(response.status()).as(describe(text) + " " + response.body()).isEqualTo(400);
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/invalid-request");
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
            assertThat(response.body()).doesNotContain(text);
        } else {
            assertThat(response.status()).as(describe(text) + " " + response.body()).isIn(200, 201);
            String shown = reader.read(response.id());
            assertThat(shown).as(describe(text)).isEqualTo(text);
        }
        JsonNode report = auditor.get("/api/journal/verify?waitSeconds=30").json().get("report");
        assertThat(report.get("intact").asBoolean()).as(describe(text) + " " + report).isTrue();
        assertThat(report.get("verifiedTo").asLong()).isEqualTo(head.get("position").asLong());
    }

    /** JSON with every character outside printable ASCII escaped, so lone surrogates reach the server as sent. */
    private static String escaped(Map<String, Object> body) throws Exception {
        String json = JSON.writeValueAsString(new LinkedHashMap<>(body));
        StringBuilder out = new StringBuilder();
        for (char c : json.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    private static String describe(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString().trim();
    }
}
