package org.casebook.query.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.query.Positioned;

/**
 * Who is deployed to one case: its deployments in the order requested, how many requests await an answer, how
 * many are approved or under way, and the person-days booked (approved, started and ended deployments, each for
 * the days of its period) by sector and by component.
 */
public record CaseStaffing(
        String caseId,
        List<Deployment> deployments,
        int pendingRequests,
        int deployed,
        Map<Sector, Long> personDaysBySector,
        Map<CorpsComponent, Long> personDaysByComponent,
        long position) implements Positioned {

    public static CaseStaffing none(String caseId, long position) {
        return new CaseStaffing(caseId, List.of(), 0, 0, Map.of(), Map.of(), position);
    }

    public enum Status { REQUESTED, APPROVED, DECLINED, WITHDRAWN, STARTED, ENDED, CANCELLED }

    /** These deployments with their responders' names, where {@code names} gives one. */
    public CaseStaffing named(Function<String, Optional<String>> names) {
        return new CaseStaffing(caseId, deployments.stream().map(d -> d.named(names.apply(d.responderId()).orElse(null)))
                                                   .toList(),
                                pendingRequests, deployed, personDaysBySector, personDaysByComponent, position);
    }

    /**
     * One deployment: {@code reason} is why it was declined, withdrawn or cancelled, {@code note} how it ended;
     * {@code version} is its number of entries, as If-Match names it to change it. {@code responderName} is personal data: the view never stores it (null); a reader who may read the roster
     * is answered with it.
     */
    public record Deployment(String id, String responderId, CorpsComponent component, String role, Sector sector,
                             String skill, LocalDate start, LocalDate end, Status status, String requestedBy,
                             Instant requestedAt, String reason, String overrideReason, String note, long version,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String responderName) {

        Deployment named(String name) {
            return new Deployment(id, responderId, component, role, sector, skill, start, end, status, requestedBy,
                                  requestedAt, reason, overrideReason, note, version, name);
        }
    }
}
