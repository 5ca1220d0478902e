package org.casebook.query.casefile;

import jakarta.validation.constraints.Min;
import org.casebook.kernel.EntityTag;
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
public record CaseFileEndpoint(CaseFileQueries files, ViewProgress progress) {

    @GetMapping("/{id}")
    public ResponseEntity<CurrentCaseFile> caseFile(@PathVariable String id,
                                             @RequestParam(required = false) @Min(0) Long after,
                                             @RequestHeader(value = "If-None-Match", required = false)
                                             String ifNoneMatch, Authentication caller) {
        CurrentCaseFile current = progress.readCase(id, CaseFileQueries.READS, after, files::find);
        CaseStandings.Standing standing = current.standing();
        EntityTag tag = EntityTag.of(current.file().version(), standing.peopleDeployed(), standing.fundsObligated(),
                                   standing.flags(), standing.handoverPendingHours());
        return EntityTags.answer(NeedToKnow.caseFile(caller, current), tag, ifNoneMatch);
    }
}
