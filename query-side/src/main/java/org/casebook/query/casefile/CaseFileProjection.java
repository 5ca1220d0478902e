package org.casebook.query.casefile;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;

/** Keeps one case file document per case, folded by {@link CaseFileFold}. */
public class CaseFileProjection {

    /** One case file per case. */
    public static final String FILES = "view_case_files";
    public static final ViewDefinition<CaseFileProjection> VIEW = ViewDefinition.of(
            Views.CASE_FILE, CaseFileProjection.class, in -> new CaseFileProjection(in.collections()), FILES);

    private final ViewStore<CaseFile> files;

    CaseFileProjection(ViewCollections collections) {
        this.files = VIEW.store(collections, FILES, CaseFile.class);
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        files.fold(entry.caseId(), entry.position(), current -> CaseFileFold.apply(current, entry));
    }

    /** The case's file; empty for a case the view does not hold. */
    Optional<CaseFile> find(CaseId crisisId) {
        return files.find(crisisId.value());
    }
}
