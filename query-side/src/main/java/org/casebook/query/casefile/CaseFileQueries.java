package org.casebook.query.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.query.Views;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.overdue.OverdueFlags;
import org.casebook.query.standing.CaseStandings;
import org.casebook.query.standing.CaseStandings.CaseFacts;
import org.springframework.stereotype.Component;

/** Answers the current case file, with the case's standing. */
@Component
public record CaseFileQueries(CaseFileProjection view, CaseStandings standings) {

    /** The views a case file reads: its own, and those of the standings. */
    public static final List<String> READS = CaseStandings.reading(Views.CASE_FILE);

    /** The case's current file, with its standing; empty for a case the view does not hold. */
    public Optional<CurrentCaseFile> find(CaseId crisisId) {
        return view.find(crisisId).map(file -> {
            Instant assessedAt = file.currentAssessment() == null ? null
                    : file.currentAssessment().entry().effectiveAt();
            return new CurrentCaseFile(file, standings.of(new CaseFacts(
                    file.id(), file.stage(), assessedAt, file.handovers().stream()
                    .filter(h -> h.status() == HandoverRecord.Status.PENDING)
                    .map(h -> new OverdueFlags.Pending(h.proposedAt(), h.escalatedAt() != null)).toList())));
        });
    }
}
