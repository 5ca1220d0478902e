package org.casebook.query.casefile;

import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.FindCaseFile;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.springframework.stereotype.Component;

/** Keeps one case file document per case, folded by {@link CaseFileFold}. */
@Component
@ProcessingGroup(Views.CASE_FILE)
public class CaseFileProjection {

    private final ViewStore<CaseFile> files;

    public CaseFileProjection(MongoDatabase database) {
        this.files = new ViewStore<>(database, "view_case_files", CaseFile.class);
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        files.fold(entry.caseId(), entry, CaseFileFold::apply);
    }

    @QueryHandler
    Optional<CaseFile> handle(FindCaseFile query) {
        return files.find(query.crisisId().value());
    }
}
