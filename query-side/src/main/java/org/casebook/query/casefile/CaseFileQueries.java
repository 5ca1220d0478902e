package org.casebook.query.casefile;

import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.casebook.kernel.crisis.FindCaseFile;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.resources.CaseResources;
import org.springframework.stereotype.Component;

/** Answers the current case file, with the people and money of the case. */
@Component
public class CaseFileQueries {

    private final ViewStore<CaseFile> files;
    private final CaseResources resources;

    public CaseFileQueries(ViewGenerations generations, CaseResources resources) {
        this.files = new ViewStore<>(generations.liveCollections(Views.CASE_FILE),
                                     CaseFileProjection.COLLECTIONS.get(0), CaseFile.class);
        this.resources = resources;
    }

    @QueryHandler
    Optional<CurrentCaseFile> handle(FindCaseFile query) {
        return files.find(query.crisisId().value()).map(file -> {
            CaseResources.Resources of = resources.of(List.of(file.id())).get(file.id());
            return new CurrentCaseFile(file, of.peopleDeployed(), of.fundsObligated());
        });
    }
}
