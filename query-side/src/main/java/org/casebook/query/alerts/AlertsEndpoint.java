package org.casebook.query.alerts;

import jakarta.validation.constraints.Min;
import org.casebook.kernel.Membership;
import org.casebook.query.ViewProgress;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's body's inbox: what needs its people's attention now. */
@RestController
@RequestMapping(path = "/api/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
public record AlertsEndpoint(Alerts alerts, ViewProgress progress) {

    @GetMapping
    public Inbox inbox(@RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        progress.awaitPosition(Alerts.READS, after);
        return alerts.of(Membership.bodyOf(AuthorityUtils.authorityListToSet(caller.getAuthorities())), caller);
    }
}
