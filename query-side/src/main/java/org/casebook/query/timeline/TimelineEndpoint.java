package org.casebook.query.timeline;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
public record TimelineEndpoint(TimelineProjection lines, ViewProgress progress, NeedToKnow needToKnow) {

    @GetMapping("/{id}/timeline")
    public TimelinePage timeline(@PathVariable String id,
                                 @RequestParam(defaultValue = "0") @Min(0) long from,
                                 @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                                 @RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        return needToKnow.timeline(caller, progress.readCase(id, List.of(Views.TIMELINE), after,
                                                             crisis -> lines.page(crisis, from, limit)));
    }
}
