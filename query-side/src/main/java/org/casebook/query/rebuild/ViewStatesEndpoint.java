package org.casebook.query.rebuild;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins read how every view stands against the journal's head: as a whole, and each segment on the node that
 * processes it (any node answers for all, from the token store). The operations screen shows the same.
 */
@RestController
@RequestMapping(path = "/api/admin/views", produces = MediaType.APPLICATION_JSON_VALUE)
public record ViewStatesEndpoint(ViewStates states) {

    @GetMapping
    public ViewStates.Overview overview() {
        return states.overview();
    }
}
