package org.casebook.console.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.casebook.query.ViewStore;
import org.casebook.query.audit.AccessLog;
import org.casebook.query.audit.AccessLogEndpoint;
import org.casebook.query.audit.JournalAuditEndpoint;
import org.casebook.query.board.BoardFilter;
import org.casebook.query.board.BoardQueries;
import org.casebook.query.names.RecordNames;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's desk: the cases to travel back in, the journal's verification (started and followed as the API
 * does it, {@link JournalAuditEndpoint}), the export and the access log ({@link AccessLogEndpoint}). Each read
 * goes through the API's endpoint, so it is logged as the API logs it.
 */
@Controller
public record AuditDesk(JournalAuditEndpoint journal, AccessLogEndpoint accessLog, BoardQueries board,
                        RecordNames names) {

    static final int CASES_SHOWN = 25;
    static final int ACCESS_PAGE = 50;
    /** How long a page waits for a verification's report before it shows its progress instead. */
    static final int REPORT_WAIT_SECONDS = 1;
    /** How often the page of a running verification looks again (a meta refresh: no script). */
    static final int REFRESH_SECONDS = 2;

    @GetMapping("/audit")
    public String desk(Authentication caller, Model model) {
        model.addAttribute("board", NeedToKnow.board(caller, board.page(BoardFilter.ALL, NeedToKnow.cleared(caller),
                                                                        0, CASES_SHOWN)));
        return "audit/desk";
    }

    /** Starts a verification of the whole journal (or joins the one running) and follows it. */
    @GetMapping("/audit/verify/run")
    public String verify(HttpServletRequest request) throws InterruptedException {
        JournalAuditEndpoint.Verification started = journal.verify(1, null, 0, request).getBody();
        return "redirect:/audit/verify/runs/" + started.run();
    }

    @GetMapping("/audit/verify/runs/{id}")
    public String verification(@PathVariable String id, HttpServletRequest request, Model model)
            throws InterruptedException {
        JournalAuditEndpoint.Verification verification = journal.verification(id, REPORT_WAIT_SECONDS, request)
                                                                 .getBody();
        model.addAttribute("verification", verification);
        if ("RUNNING".equals(verification.state())) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "audit/verification";
    }

    /** The journal's export, as the API streams it to an auditor. */
    @GetMapping("/audit/export")
    public ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, Authentication caller) {
        return journal.export(1, null, request, caller);
    }

    @GetMapping("/audit/access-log")
    public String accessLog(@RequestParam(defaultValue = "0") int page, Authentication caller, Model model) {
        AccessLogEndpoint.AccessPage found = accessLog.accessLog(Math.max(0, page), ACCESS_PAGE);
        Function<String, Optional<String>> titles = names.caseTitlesShown(caller);
        model.addAttribute("log", found);
        model.addAttribute("reads", found.items().stream().map(read -> Read.of(read, titles)).toList());
        model.addAttribute("lastPage", Math.max(0, (int) ((found.total() - 1) / ACCESS_PAGE)));
        return "audit/access-log";
    }

    /** One read in the access log as a person reads it: the case by its title, each other detail as written. */
    public record Read(AccessLog.Access access, List<String> details) {

        static Read of(AccessLog.Access access, Function<String, Optional<String>> titles) {
            Map<String, Object> details = access.details() == null ? Map.of() : access.details();
            return new Read(access, details.entrySet().stream().filter(detail -> detail.getValue() != null)
                    .map(detail -> "case".equals(detail.getKey())
                            ? "case: " + titles.apply(String.valueOf(detail.getValue()))
                                               .orElse(String.valueOf(detail.getValue()))
                            : detail.getKey() + ": " + detail.getValue())
                    .toList());
        }
    }
}
