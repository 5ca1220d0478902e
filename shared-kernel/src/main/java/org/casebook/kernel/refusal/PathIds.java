package org.casebook.kernel.refusal;

import java.util.function.Function;
import java.util.function.Predicate;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.reporting.SubmissionId;
import org.casebook.kernel.responder.ResponderId;

/**
 * Ids from request paths, on either side. An id that cannot name a record names no record: 404, like any unknown
 * one.
 */
public final class PathIds {

    private PathIds() {
    }

    public static CaseId caseId(String id) {
        return named(Kind.CASE, id, CaseId::isValid, CaseId::new);
    }

    public static ResponderId responderId(String id) {
        return named(Kind.RESPONDER, id, ResponderId::isValid, ResponderId::new);
    }

    public static HandoverId handoverId(String id) {
        return named(Kind.HANDOVER, id, HandoverId::isValid, HandoverId::new);
    }

    public static DeploymentId deploymentId(String id) {
        return named(Kind.DEPLOYMENT, id, DeploymentId::isValid, DeploymentId::new);
    }

    public static FundingSourceId fundingSourceId(String id) {
        return named(Kind.FUNDING_SOURCE, id, FundingSourceId::isValid, FundingSourceId::new);
    }

    public static SubmissionId submissionId(String id) {
        return named(Kind.SUBMISSION, id, SubmissionId::isValid, SubmissionId::new);
    }

    private static <I> I named(Kind kind, String id, Predicate<String> valid, Function<String, I> parse) {
        if (!valid.test(id)) {
            throw new UnknownRecord(kind, id);
        }
        return parse.apply(id);
    }
}
