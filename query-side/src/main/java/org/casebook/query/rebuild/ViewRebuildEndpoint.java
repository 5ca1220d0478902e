package org.casebook.query.rebuild;

import java.net.URI;

import org.casebook.query.catalog.ViewCatalog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins rebuild a view from the journal and follow its progress; the old view serves until the new takes over. */
@RestController
@RequestMapping(path = "/api/admin/views", produces = MediaType.APPLICATION_JSON_VALUE)
public record ViewRebuildEndpoint(ViewRebuilds rebuilds) {

    @PostMapping("/{view}/rebuild")
    public ResponseEntity<ViewRebuilds.Progress> rebuild(@PathVariable String view) {
        ViewRebuilds.Progress progress = rebuilds.start(ViewCatalog.known(view));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                             .header(HttpHeaders.RETRY_AFTER, "1")
                             .location(URI.create("/api/admin/views/" + view + "/rebuild"))
                             .body(progress);
    }

    @GetMapping("/{view}/rebuild")
    public ResponseEntity<ViewRebuilds.Progress> progress(@PathVariable String view) {
        return rebuilds.progress(ViewCatalog.known(view)).map(ResponseEntity::ok).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "the " + view + " view has not been rebuilt since the server started"),
                null));
    }

}
