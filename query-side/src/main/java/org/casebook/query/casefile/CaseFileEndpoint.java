package org.casebook.query.casefile;

import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.casebook.kernel.EntityTag;
import org.casebook.kernel.Queries;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.crisis.FindCaseFile;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.EntityTags;
import org.casebook.query.ViewProgress;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.standing.CaseStandings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's full current state, with the people and money of the case. Its ETag starts with the case's version:
 * send it back as If-Match when you change the case.
 */
@RestController
@RequestMapping(path = "/api/crises", produces = MediaType.APPLICATION_JSON_VALUE)
public class CaseFileEndpoint {

    private final QueryGateway queries;
    private final ViewProgress progress;

    public CaseFileEndpoint(QueryGateway queries, ViewProgress progress) {
        this.queries = queries;
        this.progress = progress;
    }

    @GetMapping("/{id}")
    public ResponseEntity<CurrentCaseFile> caseFile(@PathVariable String id,
                                             @RequestParam(required = false) @Min(0) Long after,
                                             @RequestHeader(value = "If-None-Match", required = false)
                                             String ifNoneMatch, Authentication caller) {
        if (!CrisisId.isValid(id)) {
            throw new UnknownRecord(Kind.CASE, id);
        }
        CaseFileQueries.READS.forEach(view -> progress.awaitPosition(view, after));
        CurrentCaseFile current = Queries.answer(queries.query(new FindCaseFile(new CrisisId(id)),
                                                               ResponseTypes.optionalInstanceOf(CurrentCaseFile.class)))
                                         .orElseThrow(() -> new UnknownRecord(Kind.CASE, id));
        CaseStandings.Standing standing = current.standing();
        EntityTag tag = EntityTag.of(current.file().version(), standing.peopleDeployed(), standing.fundsObligated(),
                                   standing.flags(), standing.handoverPendingHours());
        return EntityTags.answer(NeedToKnow.caseFile(caller, current), tag, ifNoneMatch);
    }
}
