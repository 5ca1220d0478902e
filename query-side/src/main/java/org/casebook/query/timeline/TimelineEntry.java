package org.casebook.query.timeline;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.query.Positioned;

/**
 * One entry of a case's timeline: where it stands (case sequence, journal position), what it is, both clocks,
 * who recorded it in which role, a one-line summary and the full payload. {@code corrects} names the entry a
 * correction corrects; {@code correctedBy} lists the corrections recorded for this entry.
 */
public record TimelineEntry(
        String caseId,
        long sequence,
        long position,
        String eventId,
        String type,
        Instant effectiveAt,
        Instant recordedAt,
        String user,
        String role,
        String summary,
        JsonNode payload,
        String corrects,
        List<String> correctedBy) implements Positioned {
}
