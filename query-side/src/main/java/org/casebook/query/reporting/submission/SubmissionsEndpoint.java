package org.casebook.query.reporting.submission;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.casebook.kernel.refusal.NotCleared;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.reporting.SubmissionId;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submitted reports. Reading one builds it again where it was built, to check its files still have the digests
 * submitted ({@code verified}), and at the journal's head: if the record changed it since, the answer carries the
 * {@link Amendment}.
 */
@RestController
@RequestMapping(path = "/api/reports/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
public record SubmissionsEndpoint(SubmissionProjection submissions, Amendments amendments, ViewProgress progress) {

    @GetMapping
    public List<Submission> submissions(@RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        progress.awaitPosition(Views.SUBMISSIONS, after);
        Set<String> authorities = AuthorityUtils.authorityListToSet(caller.getAuthorities());
        return submissions.store().query(new Document(), new Document("position", -1), 0, 200).stream()
                          .filter(submission -> submission.edition().isFor(authorities)).toList();
    }

    @GetMapping("/{id}")
    public Amendments.Reading submission(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                                      Authentication caller) {
        progress.awaitPosition(Views.SUBMISSIONS, after);
        if (!SubmissionId.isValid(id)) {
            throw new UnknownRecord(Kind.SUBMISSION, id);
        }
        Submission submission = submissions.store().find(id).orElseThrow(() -> new UnknownRecord(Kind.SUBMISSION, id));
        if (!submission.edition().isFor(AuthorityUtils.authorityListToSet(caller.getAuthorities()))) {
            throw new NotCleared(caller.getName(), "read a submission of the SBU edition");
        }
        return amendments.reading(submission);
    }
}
