package org.casebook.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.casebook.query.audit.AccessLog;
import org.casebook.query.catalog.ViewCatalog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors check that the stored views are what the journal says: each view (or the one named) is folded from the
 * journal and compared, document by document, with what is stored; every document that differs is named.
 */
@RestController
@RequestMapping(path = "/api/audit/views", produces = MediaType.APPLICATION_JSON_VALUE)
public record ViewCheckEndpoint(ViewRebuilds rebuilds, AccessLog accessLog) {

    /** What a check of the views found: whether they all hold, and each view's differences. */
    public record Checks(boolean hold, List<ViewRebuilds.Check> views) {
    }

    @GetMapping("/check")
    public Checks check(@RequestParam(required = false) String view, HttpServletRequest request) throws Exception {
        List<String> views = view == null ? ViewCatalog.NAMES : List.of(ViewCatalog.known(view));
        accessLog.record(request, "check views", Map.of("view", view == null ? "all" : view));
        List<ViewRebuilds.Check> checks = new ArrayList<>();
        for (String each : views) {
            checks.add(rebuilds.check(each));
        }
        return new Checks(checks.stream().allMatch(ViewRebuilds.Check::holds), checks);
    }
}
