package org.casebook.query.staffing;

import jakarta.validation.constraints.Min;
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
public record StaffingEndpoint(StaffingQueries staffing) {

    @GetMapping("/{id}/deployments")
    public CaseStaffing staffing(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                                 Authentication caller) {
        return staffing.read(id, after, caller);
    }
}
