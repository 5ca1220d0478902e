package org.casebook.query.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.casebook.query.ViewStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log, newest first, for auditors to read. Nothing in Casebook changes or removes its entries; each names
 * its place in the log's hash chain and its hash, which {@code GET /api/journal/verify} checks.
 */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public record AccessLogEndpoint(AccessLog accessLog) {

    public record AccessPage(List<AccessLog.Access> items, int page, int size, long total) {
    }

    @GetMapping("/access-log")
    public AccessPage accessLog(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        ViewStore.Page<AccessLog.Access> found = accessLog.newest(page, size);
        return new AccessPage(found.items(), page, size, found.total());
    }
}
