package org.casebook.server.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebook.command.RuleViolation;
import org.casebook.command.StaleVersion;
import org.casebook.kernel.EntityTag;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.NotCleared;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.WrongNode;
import org.casebook.query.ViewNotCaughtUp;
import org.casebook.query.names.RecordNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a refusal by Casebook's own rules into a problem detail that says what was wrong and, where it applies,
 * which field or rule: 400 invalid input, 403 not cleared for SBU (or not allowed for the role), 404 unknown
 * record, 409 lost race, 412 stale version, 421 a write sent to a query node, 422 rule broken, 503 view not caught up; and anything else into 500.
 * Nothing is recorded when any of these is returned. A request Spring cannot bind is {@link RequestProblems}'
 * (asked first: this advice answers every exception).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class DomainProblems {

    private static final Logger log = LoggerFactory.getLogger(DomainProblems.class);
    /** 421 Misdirected Request (RFC 9110), which Spring's HttpStatus does not name. */
    public static final int MISDIRECTED = 421;

    private final RecordNames names;

    public DomainProblems(RecordNames names) {
        this.names = names;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation",
                                                 "A rule of the record was broken",
                                                 e.message(mention -> names.named(caller, mention)));
        problem.setProperty("rule", e.rule());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return respond(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        return respond(Problems.invalid(e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersion e) {
        ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                                                 "The case has changed since you read it", e.getMessage());
        problem.setProperty("expectedVersion", e.expected());
        problem.setProperty("currentVersion", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(EntityTag.of(e.current()).toString()).body(problem);
    }

    @ExceptionHandler(NotCleared.class)
    ResponseEntity<ProblemDetail> notCleared(NotCleared e) {
        return respond(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not cleared for this", e.getMessage()));
    }

    /** A refusal for the caller's role raised while answering, said as the security layer says it before. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> notAllowed(AccessDeniedException e, HttpServletRequest request) {
        return respond(Problems.notAllowedForRole(request));
    }

    @ExceptionHandler(UnknownRecord.class)
    ResponseEntity<ProblemDetail> unknownRecord(UnknownRecord e) {
        return respond(Problems.problem(HttpStatus.NOT_FOUND, "unknown-" + e.kind().kindName(),
                                        "No such " + e.kind().thing(), e.getMessage()));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "conflict", "Another change came first",
                                        "the case was changed by others at the same time; nothing was recorded, "
                                                + "reload and try again"));
    }

    @ExceptionHandler(WrongNode.class)
    ResponseEntity<ProblemDetail> wrongNode(WrongNode e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(MISDIRECTED), e.getMessage());
        problem.setType(URI.create("/problems/wrong-node"));
        problem.setTitle("Not served by this node");
        problem.setProperty("role", e.role().spelled());
        return respond(problem);
    }

    @ExceptionHandler(ViewNotCaughtUp.class)
    ResponseEntity<ProblemDetail> notCaughtUp(ViewNotCaughtUp e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                             .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "view-not-caught-up",
                                                    "The view has not caught up yet", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                                        "the server failed to answer; the failure is logged"));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
