package org.casebook.query.staffing;

import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.casebook.kernel.Queries;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.deployment.FindCaseStaffing;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
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
public class StaffingEndpoint {

    private final QueryGateway queries;
    private final ViewProgress progress;
    private final NeedToKnow needToKnow;
    private final RecordNames names;

    public StaffingEndpoint(QueryGateway queries, ViewProgress progress, NeedToKnow needToKnow, RecordNames names) {
        this.names = names;
        this.queries = queries;
        this.progress = progress;
        this.needToKnow = needToKnow;
    }

    @GetMapping("/{id}/deployments")
    public CaseStaffing staffing(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                                 Authentication caller) {
        if (!CrisisId.isValid(id)) {
            throw new UnknownRecord(Kind.CASE, id);
        }
        progress.awaitPosition(Views.STAFFING, after);
        CaseStaffing staffing = Queries.answer(queries.query(new FindCaseStaffing(new CrisisId(id)),
                                                             ResponseTypes.optionalInstanceOf(CaseStaffing.class)))
                                       .orElseThrow(() -> new UnknownRecord(Kind.CASE, id));
        // named before need-to-know, which withholds the names too where the case is SBU
        return needToKnow.staffing(caller, staffing.named(responder -> names.responder(caller, responder)));
    }
}
