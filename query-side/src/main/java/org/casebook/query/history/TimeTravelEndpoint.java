package org.casebook.query.history;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.audit.AccessLog;
import org.casebook.query.board.BoardRow;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record as it was: a case file or the status board as of a recorded time, an effective time or a journal
 * position; what changed between two moments; what was known when a decision was taken. Every read is logged.
 */
@RestController
@RequestMapping(path = "/api/crises", produces = MediaType.APPLICATION_JSON_VALUE)
public record TimeTravelEndpoint(TimeTravel timeTravel, AccessLog accessLog, ViewProgress progress,
                                 JournalStorageEngine journal) {

    public record CaseFileAsOf(String asOf, CaseFile caseFile) {
    }

    public record BoardAsOf(String asOf, List<BoardRow> items) {
    }

    @GetMapping("/{id}/as-of")
    public CaseFileAsOf caseFile(@PathVariable String id,
                                 @RequestParam(required = false) String recordedAt,
                                 @RequestParam(required = false) String effectiveAt,
                                 @RequestParam(required = false) Long position,
                                 HttpServletRequest request, Authentication caller) {
        AsOf asOf = asOf(recordedAt, effectiveAt, position);
        logAndCatchUp(request, "case file as of", Map.of("case", caseId(id), "asOf", asOf.toString()));
        CaseFile file = timeTravel.caseFile(caseId(id), asOf).orElseThrow(() -> notThen(id, asOf));
        // what is withheld is learnt from the whole case: an entry may correct one that took effect after it
        return new CaseFileAsOf(asOf.toString(), NeedToKnow.of(caller, () -> timeTravel.caseFile(
                caseId(id), AsOf.position(Long.MAX_VALUE)).orElse(file)).caseFile(file));
    }

    @GetMapping("/as-of")
    public BoardAsOf board(@RequestParam(required = false) String recordedAt,
                           @RequestParam(required = false) String effectiveAt,
                           @RequestParam(required = false) Long position,
                           @RequestParam(required = false) Stage stage,
                           @RequestParam(required = false) CountryCode country,
                           HttpServletRequest request, Authentication caller) {
        AsOf asOf = asOf(recordedAt, effectiveAt, position);
        logAndCatchUp(request, "board as of", Map.of("asOf", asOf.toString()));
        return new BoardAsOf(asOf.toString(), NeedToKnow.rows(caller, timeTravel.board(asOf, stage, country)));
    }

    /** {@code clock} is recorded, effective or position; {@code from} and {@code to} are instants or positions. */
    @GetMapping("/{id}/diff")
    public TimeTravel.CaseDiff diff(@PathVariable String id,
                                    @RequestParam(defaultValue = "recorded") String clock,
                                    @RequestParam String from,
                                    @RequestParam String to,
                                    HttpServletRequest request, Authentication caller) {
        AsOf before = on(clock, "from", from);
        AsOf after = on(clock, "to", to);
        logAndCatchUp(request, "case diff", Map.of("case", caseId(id), "from", before.toString(),
                                                    "to", after.toString()));
        return timeTravel.diff(caseId(id), before, after, file -> NeedToKnow.of(caller, file))
                         .orElseThrow(() -> notThen(id, after));
    }

    @GetMapping("/{id}/decisions/{decisionId}/known-then")
    public TimeTravel.DecisionContext knownThen(@PathVariable String id, @PathVariable String decisionId,
                                                HttpServletRequest request, Authentication caller) {
        if (!DecisionId.isValid(decisionId)) {
            throw UnknownRecord.saying(Kind.CASE, "case " + caseId(id) + " has no decision " + decisionId);
        }
        logAndCatchUp(request, "known at decision", Map.of("case", caseId(id), "decision", decisionId));
        return timeTravel.knownAtDecision(caseId(id), decisionId, file -> NeedToKnow.of(caller, file))
                         .orElseThrow(() -> UnknownRecord.saying(Kind.CASE, "case " + id + " has no decision "
                                                                          + decisionId));
    }

    private AsOf asOf(String recordedAt, String effectiveAt, Long position) {
        int given = (recordedAt == null ? 0 : 1) + (effectiveAt == null ? 0 : 1) + (position == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidInput("recordedAt", "give exactly one of recordedAt, effectiveAt (ISO-8601 instants) "
                    + "or position (a journal position)");
        }
        if (recordedAt != null) {
            return AsOf.recorded(instant("recordedAt", recordedAt));
        }
        if (effectiveAt != null) {
            return AsOf.effective(instant("effectiveAt", effectiveAt));
        }
        if (position < 0) {
            throw new InvalidInput("position", "a journal position is 0 or more");
        }
        progress.requireRecorded("position", position);
        return AsOf.position(position);
    }

    private AsOf on(String clock, String field, String value) {
        return switch (clock) {
            case "recorded" -> AsOf.recorded(instant(field, value));
            case "effective" -> AsOf.effective(instant(field, value));
            case "position" -> {
                long position;
                try {
                    position = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new InvalidInput(field, field + " must be a journal position on the position clock");
                }
                progress.requireRecorded(field, position);
                yield AsOf.position(position);
            }
            default -> throw new InvalidInput("clock", "clock is recorded, effective or position, not " + clock);
        };
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, field + " must be an ISO-8601 instant such as 2026-03-01T12:00:00Z");
        }
    }

    private static String caseId(String id) {
        if (!CrisisId.isValid(id)) {
            throw new UnknownRecord(Kind.CASE, id);
        }
        return id;
    }

    private static UnknownRecord notThen(String id, AsOf asOf) {
        return UnknownRecord.saying(Kind.CASE, "case " + id + " did not exist as of " + asOf
                                                             + ": it was not opened by then, or never");
    }

    /** Logs the read, and waits until the case history holds everything the journal holds now. */
    private void logAndCatchUp(HttpServletRequest request, String action, Map<String, Object> details) {
        accessLog.record(request, action, details);
        progress.awaitPosition(Views.HISTORY, journal.head().position());
    }
}
