package org.casebook.query.handover;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pending and recent handovers across cases, most recently proposed first. */
@RestController
@RequestMapping(path = "/api/handovers", produces = MediaType.APPLICATION_JSON_VALUE)
public record HandoversEndpoint(HandoverProjection view, ViewProgress progress, NeedToKnow needToKnow) {

    @GetMapping
    public HandoverPage handovers(@RequestParam(required = false) HandoverRecord.Status status,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                  @RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        progress.awaitPosition(Views.HANDOVERS, after);
        return needToKnow.handovers(caller, view.page(status, page, size));
    }
}
