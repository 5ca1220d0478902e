package org.casebook.query.staffing;

import java.util.List;

import jakarta.validation.constraints.Min;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.names.RecordNames;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's staffing: its deployments, pending requests and person-days by sector and component. */
@RestController
@RequestMapping(path = "/api/crises", produces = MediaType.APPLICATION_JSON_VALUE)
public record StaffingEndpoint(StaffingProjection cases, ViewProgress progress, NeedToKnow needToKnow,
                               RecordNames names) {

    @GetMapping("/{id}/deployments")
    public CaseStaffing staffing(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                                 Authentication caller) {
        CaseStaffing staffing = progress.readCase(id, List.of(Views.STAFFING), after, cases::of);
        // named before need-to-know, which withholds the names too where the case is SBU
        return needToKnow.staffing(caller, staffing.named(responder -> names.responder(caller, responder)));
    }
}
