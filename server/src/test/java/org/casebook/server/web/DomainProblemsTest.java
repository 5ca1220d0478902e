package org.casebook.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.kernel.refusal.NotCleared;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;

/** A refusal for the caller's role and one for SBU clearance are told apart; unknown records are named alike. */
class DomainProblemsTest {

    private final DomainProblems problems = new DomainProblems(null);

    @Test
    void a_refusal_for_the_role_raised_while_answering_is_titled_for_the_role_not_for_clearance() {
        ProblemDetail problem = problems.notAllowed(new AccessDeniedException("denied"),
                                                    new MockHttpServletRequest("POST", "/api/crises")).getBody();

        assertForbidden(problem, "Not allowed for your role", "POST /api/crises is not allowed for your role");
    }

    @Test
    void a_refusal_for_sbu_clearance_is_titled_for_clearance() {
        ProblemDetail problem = problems.notCleared(new NotCleared("reporter", "read the SBU edition")).getBody();

        assertForbidden(problem, "Not cleared for this",
                        "reporter may not read the SBU edition: it needs SBU clearance");
    }

    @Test
    void an_unknown_record_is_typed_by_its_kind_and_titled_in_words() {
        ProblemDetail byId = problems.unknownRecord(new UnknownRecord(Kind.SUBMISSION, "S-1")).getBody();
        ProblemDetail within = problems.unknownRecord(
                UnknownRecord.saying(Kind.ENTRY, "funding source F has no allocation or obligation O-9")).getBody();

        assertThat(byId.getType()).hasToString("/problems/unknown-submission");
        assertThat(byId.getTitle()).isEqualTo("No such submission");
        assertThat(byId.getDetail()).isEqualTo("no report submission has the id S-1");
        assertThat(within.getStatus()).isEqualTo(404);
        assertThat(within.getType()).hasToString("/problems/unknown-entry");
        assertThat(within.getTitle()).isEqualTo("No such allocation or obligation");
    }

    private static void assertForbidden(ProblemDetail problem, String title, String detail) {
        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getType()).hasToString("/problems/forbidden");
        assertThat(problem.getTitle()).isEqualTo(title);
        assertThat(problem.getDetail()).isEqualTo(detail);
    }
}
