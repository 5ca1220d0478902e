package org.casebook.server.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebook.command.InvalidInput;
import org.casebook.command.Mention;
import org.casebook.command.RuleViolation;
import org.casebook.command.StaleVersion;
import org.casebook.command.UnknownRecord;
import org.casebook.kernel.EntityTag;
import org.casebook.query.InvalidQuery;
import org.casebook.query.NotFound;
import org.casebook.query.ViewNotCaughtUp;
import org.casebook.query.names.RecordNames;
import org.casebook.query.needtoknow.NotCleared;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into a problem detail that says what was wrong and, where it applies, which field or rule:
 * 400 invalid input, 404 unknown case, 409 lost race, 412 stale version, 413 too large, 415 not JSON, 422 rule
 * broken, 503 view not caught up. Nothing is recorded when any of these is returned.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final RecordNames names;

    public ProblemAdvice(RecordNames names) {
        this.names = names;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation",
                                                 "A rule of the record was broken",
                                                 e.message(mention -> named(caller, mention)));
        problem.setProperty("rule", e.rule());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return respond(problem);
    }

    /** A record by name or title where the caller may read it, with the id that a next request needs. */
    private String named(Authentication caller, Mention mention) {
        return switch (mention.kind()) {
            case RESPONDER -> names.responder(caller, mention.id())
                                   .map(name -> name + " (responder " + mention.id() + ")")
                                   .orElse(mention.toString());
            case CASE -> names.caseTitle(caller, mention.id())
                              .map(title -> "case \"" + title + "\" (" + mention.id() + ")")
                              .orElse(mention.toString());
            case DEPLOYMENT -> mention.toString();
        };
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        return respond(invalid(e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQuery e) {
        return respond(invalid(e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersion e) {
        ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                                                 "The case has changed since you read it", e.getMessage());
        problem.setProperty("expectedVersion", e.expected());
        problem.setProperty("currentVersion", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(EntityTag.of(e.current()).toString()).body(problem);
    }

    @ExceptionHandler({NotCleared.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> notCleared(RuntimeException e) {
        return respond(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not cleared for this",
                                        e.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return respond(Problems.problem(HttpStatus.NOT_FOUND, "unknown-" + e.kind(), "No such " + e.thing(),
                                        e.getMessage()));
    }

    @ExceptionHandler(UnknownRecord.class)
    ResponseEntity<ProblemDetail> unknownRecord(UnknownRecord e) {
        return respond(Problems.problem(HttpStatus.NOT_FOUND, "unknown-" + e.kind(), "No such " + e.kind(),
                                        e.getMessage()));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "conflict", "Another change came first",
                                        "the case was changed by others at the same time; nothing was recorded, "
                                                + "reload and try again"));
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

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
         .forEach(error -> fields.add(new FieldProblem(null, error.getDefaultMessage())));
        return body(invalid(describe(fields), fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                fields.add(new FieldProblem(name, error.getDefaultMessage()));
            }
        });
        return body(invalid(describe(fields), fields));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        String message = "cannot be " + e.getValue() + allowedValues(e.getRequiredType());
        if (e.getMostSpecificCause() instanceof IllegalArgumentException cause && cause.getMessage() != null
                && (e.getRequiredType() == null || !e.getRequiredType().isEnum())) {
            message = cause.getMessage();
        }
        List<FieldProblem> fields = List.of(new FieldProblem(name, message));
        return body(invalid(describe(fields), fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        PayloadTooLarge tooLarge = causeOfType(e, PayloadTooLarge.class);
        if (tooLarge != null) {
            return body(PayloadTooLarge.problem(tooLarge.limit()));
        }
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            List<FieldProblem> fields = List.of(new FieldProblem(path(unknown),
                    "is not a field of this request; known fields: " + unknown.getKnownPropertyIds()));
            return body(invalid(describe(fields), fields));
        }
        if (cause instanceof InvalidFormatException format) {
            List<FieldProblem> fields = List.of(new FieldProblem(path(format),
                    "cannot be " + format.getValue() + (format.getTargetType() != null && format.getTargetType().isEnum()
                            ? allowedValues(format.getTargetType()) : "; must be " + kindOf(format.getTargetType()))));
            return body(invalid(describe(fields), fields));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String message = mismatch instanceof StrictJson.RefusedText refused ? refused.getOriginalMessage()
                    : "must be " + kindOf(mismatch.getTargetType());
            List<FieldProblem> fields = List.of(new FieldProblem(path(mismatch), message));
            return body(invalid(describe(fields), fields));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            List<FieldProblem> fields = List.of(new FieldProblem(path(mapping), "has the wrong type"));
            return body(invalid(describe(fields), fields));
        }
        if (cause instanceof StreamReadException read && read.getProcessor() != null
                && read.getOriginalMessage().startsWith("Duplicate field")) {
            List<FieldProblem> fields = List.of(new FieldProblem(path(read.getProcessor().getParsingContext()),
                                                                 "is given twice; a field is given once"));
            return body(invalid(describe(fields), fields));
        }
        return body(invalid(notJson(cause), List.of()));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() != null
                && "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create("/problems/http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    record FieldProblem(String field, String message) {
    }

    private static ProblemDetail invalid(String detail, List<FieldProblem> fields) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                                                 detail);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream()
                                                .map(field -> Map.of("field", String.valueOf(field.field()),
                                                                     "message", field.message()))
                                                .toList());
        }
        return problem;
    }

    private static String describe(List<FieldProblem> fields) {
        return fields.stream().map(field -> field.field() == null ? field.message()
                : field.field() + ": " + field.message()).collect(Collectors.joining("; "));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a JSON value must be to fill a field of {@code type}, in words. */
    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type == Character.class) {
            return "text (a JSON string)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + (type == LocalDate.class ? "date, such as 2027-01-15"
                    : "time, such as 2027-01-15T09:00:00Z");
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                     .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list (a JSON array)";
        }
        return "an object (a JSON object)";
    }

    private static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inObject() && step.getCurrentName() != null) {
                steps.add(0, (steps.isEmpty() ? "" : ".") + step.getCurrentName());
            } else if (step.inArray()) {
                steps.add(0, "[" + Math.max(step.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String allowedValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return "; allowed: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                     .collect(Collectors.joining(", "));
    }

    /**
     * Why a body is not JSON, in words of our own: the parser's messages name its classes and settings, which an
     * error must not.
     */
    private static String notJson(Throwable cause) {
        if (!(cause instanceof JsonProcessingException parsing)) {
            return "the body is not valid JSON";
        }
        String original = firstLine(parsing.getOriginalMessage());
        String where = parsing.getLocation() == null || parsing.getLocation().getLineNr() < 1 ? ""
                : " (line " + parsing.getLocation().getLineNr() + ", column " + parsing.getLocation().getColumnNr()
                  + ")";
        if (original.startsWith("Trailing token")) {
            return "the body is not valid JSON: it holds more after its first value" + where;
        }
        String reason = original.replaceAll("\\s*[(\\[].*$", "").replaceAll("[`]", "").strip();
        return "the body is not valid JSON" + where + (reason.isEmpty() ? "" : ": " + reason);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
