package org.casebook.query.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.casebook.kernel.crisis.FindCaseFile;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.overdue.OverdueFlags;
import org.casebook.query.resources.CaseResources;
import org.springframework.stereotype.Component;

/** Answers the current case file, with the people and money of the case. */
@Component
public class CaseFileQueries {

    private final ViewStore<CaseFile> files;
    private final CaseResources resources;
    private final OverdueFlags overdue;

    public CaseFileQueries(ViewGenerations generations, CaseResources resources, OverdueFlags overdue) {
        this.files = new ViewStore<>(generations.liveCollections(Views.CASE_FILE),
                                     CaseFileProjection.COLLECTIONS.get(0), CaseFile.class);
        this.resources = resources;
        this.overdue = overdue;
    }

    @QueryHandler
    Optional<CurrentCaseFile> handle(FindCaseFile query) {
        return files.find(query.crisisId().value()).map(file -> {
            CaseResources.Resources of = resources.of(List.of(file.id())).get(file.id());
            Instant assessedAt = file.currentAssessment() == null ? null
                    : file.currentAssessment().entry().effectiveAt();
            OverdueFlags.Flags flags = overdue.of(file.stage(), assessedAt, file.handovers().stream()
                    .filter(h -> h.status() == HandoverRecord.Status.PENDING)
                    .map(h -> new OverdueFlags.Pending(h.proposedAt(), h.escalatedAt() != null)).toList());
            return new CurrentCaseFile(file, of.peopleDeployed(), of.fundsObligated(), flags.flags(),
                                       flags.handoverPendingHours());
        });
    }
}
