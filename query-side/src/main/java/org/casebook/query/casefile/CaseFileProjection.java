package org.casebook.query.casefile;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps one case file document per case, folded by {@link CaseFileFold}. */
@Component
@ProcessingGroup(Views.CASE_FILE)
public class CaseFileProjection {

    public static final List<String> COLLECTIONS = List.of("view_case_files");

    private final ViewStore<CaseFile> files;

    @Autowired
    public CaseFileProjection(ViewGenerations generations) {
        this(generations.liveCollections(Views.CASE_FILE));
    }

    public CaseFileProjection(ViewCollections collections) {
        this.files = new ViewStore<>(collections, COLLECTIONS.get(0), CaseFile.class);
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        files.fold(entry.caseId(), entry.position(), current -> CaseFileFold.apply(current, entry));
    }
}
