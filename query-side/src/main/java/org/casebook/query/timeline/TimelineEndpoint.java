package org.casebook.query.timeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.casebook.kernel.Queries;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.crisis.FindTimeline;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every entry of a case in order, for after-action review, a page at a time. */
@RestController
@RequestMapping(path = "/api/crises", produces = MediaType.APPLICATION_JSON_VALUE)
public class TimelineEndpoint {

    private final QueryGateway queries;
    private final ViewProgress progress;

    private final NeedToKnow needToKnow;

    public TimelineEndpoint(QueryGateway queries, ViewProgress progress, NeedToKnow needToKnow) {
        this.queries = queries;
        this.progress = progress;
        this.needToKnow = needToKnow;
    }

    @GetMapping("/{id}/timeline")
    public TimelinePage timeline(@PathVariable String id,
                                 @RequestParam(defaultValue = "0") @Min(0) long from,
                                 @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                                 @RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        if (!CrisisId.isValid(id)) {
            throw new UnknownRecord(Kind.CASE, id);
        }
        progress.awaitPosition(Views.TIMELINE, after);
        return needToKnow.timeline(caller, Queries.answer(queries.query(new FindTimeline(new CrisisId(id), from, limit),
                                            ResponseTypes.optionalInstanceOf(TimelinePage.class)))
                      .orElseThrow(() -> new UnknownRecord(Kind.CASE, id)));
    }
}
