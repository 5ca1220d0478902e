package org.casebook.server.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns a request that Spring cannot bind (a body that is not JSON, a field of the wrong type or unknown, a
 * constraint on the shape broken, a body too large, a parameter that is not of its type) into a problem detail
 * naming the field: 400, 413, 415 and the other statuses of Spring MVC's own exceptions. Asked before
 * {@link DomainProblems}, which answers the rest.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestProblems extends ResponseEntityExceptionHandler {

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
        return body(Problems.invalid(describe(fields), fields));
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
        return body(Problems.invalid(describe(fields), fields));
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
        return body(Problems.invalid(describe(fields), fields));
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
            return body(Problems.invalid(describe(fields), fields));
        }
        if (cause instanceof InvalidFormatException format) {
            List<FieldProblem> fields = List.of(new FieldProblem(path(format),
                    "cannot be " + format.getValue() + (format.getTargetType() != null && format.getTargetType().isEnum()
                            ? allowedValues(format.getTargetType()) : "; must be " + kindOf(format.getTargetType()))));
            return body(Problems.invalid(describe(fields), fields));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String message = mismatch instanceof StrictJson.RefusedText refused ? refused.getOriginalMessage()
                    : "must be " + kindOf(mismatch.getTargetType());
            List<FieldProblem> fields = List.of(new FieldProblem(path(mismatch), message));
            return body(Problems.invalid(describe(fields), fields));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            List<FieldProblem> fields = List.of(new FieldProblem(path(mapping), "has the wrong type"));
            return body(Problems.invalid(describe(fields), fields));
        }
        if (cause instanceof StreamReadException read && read.getProcessor() != null
                && read.getOriginalMessage().startsWith("Duplicate field")) {
            List<FieldProblem> fields = List.of(new FieldProblem(path(read.getProcessor().getParsingContext()),
                                                                 "is given twice; a field is given once"));
            return body(Problems.invalid(describe(fields), fields));
        }
        return body(Problems.invalid(notJson(cause), List.of()));
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

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
