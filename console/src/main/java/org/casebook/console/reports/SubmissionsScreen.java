package org.casebook.console.reports;

import java.util.List;

import org.casebook.query.reporting.submission.Amendment;
import org.casebook.query.reporting.submission.Amendments;
import org.casebook.query.reporting.submission.Submission;
import org.casebook.query.reporting.submission.SubmissionsEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports submitted, latest first, each read as {@code GET /api/reports/submissions/{id}} reads it (the API's
 * own endpoint answers): whether its files, built again where it was built, still have the digests submitted, and
 * what the record changed in it since, in words. {@code after} shows them once the list holds that submission.
 */
@Controller
public record SubmissionsScreen(SubmissionsEndpoint submissions, AmendmentWords words) {

    /** Each submission shown is built again twice (where it was built, and now): the latest few are read. */
    static final int READ = 10;
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionsScreen.class);

    /** A submission as the page shows it; {@code verified} null where it could not be read now. */
    public record Read(Submission submission, Boolean verified, Amendment amendment, List<String> changes,
                        List<String> entries) {
    }

    @GetMapping("/reports/submissions")
    public String submissions(@RequestParam(required = false) Long after,
                              @RequestParam(required = false) String submitted, Authentication caller, Model model) {
        List<Submission> all = submissions.submissions(after, caller);
        model.addAttribute("submissions", all.stream().limit(READ).map(s -> read(s, caller)).toList());
        model.addAttribute("more", Math.max(0, all.size() - READ));
        model.addAttribute("submitted", submitted == null ? "" : submitted);
        return "report-submissions";
    }

    private Read read(Submission submission, Authentication caller) {
        try {
            Amendments.Reading reading = submissions.submission(submission.id(), null, caller);
            Amendment amendment = reading.amendment();
            return new Read(submission, reading.verified(), amendment,
                             amendment == null ? List.of() : words.changes(submission, amendment, caller),
                             amendment == null ? List.of() : words.entries(submission, amendment, caller));
        } catch (RuntimeException unreadable) {
            LOG.warn("submission {} could not be read: {}", submission.id(), unreadable.toString());
            return new Read(submission, null, null, List.of(), List.of());
        }
    }
}
