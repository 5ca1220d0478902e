package org.casebook.console.form;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebook.command.CommandContext;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.RuleViolation;
import org.casebook.command.StaleVersion;
import org.casebook.command.web.CommandBody;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.WrongNode;
import org.casebook.query.names.RecordNames;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * How a console form records: its fields become the API's request body, read by the API's own JSON rules and
 * checked by its constraints; its command is dispatched as the signed-in person, from the version the page showed,
 * effective when the form says. Every refusal comes back as problems beside the fields they name, in the words the
 * API uses, with the records it mentions named for the person reading (by name or title, without ids).
 */
@Component
public record Forms(ObjectMapper json, Validator validator, CommandDispatcher dispatcher, RecordNames names) {

    /** The hidden field that carries the key of one sending of a form: the same form sent twice records once. */
    public static final String KEY = "idempotencyKey";

    /** The hidden field that carries the version of the record the page showed. */
    public static final String VERSION = "version";

    public <R extends Record & CommandBody> Outcome send(FormFields fields, Class<R> type,
                                                         Function<R, ? extends AddressedCommand> command,
                                                         Authentication caller) {
        try {
            R request = json.convertValue(fields.body(type), type);
            Map<String, String> problems = new LinkedHashMap<>();
            // in the order of the form's fields, top to bottom, as a person reads the list of problems
            List<String> order = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            validator.validate(request).stream()
                     .sorted(Comparator.comparing((ConstraintViolation<R> v) -> order.indexOf(
                             v.getPropertyPath().iterator().next().getName()))
                                       .thenComparing(v -> v.getPropertyPath().toString()))
                     .forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            if (!problems.isEmpty()) {
                return Outcome.refused(400, problems);
            }
            return Outcome.recorded(dispatcher.dispatch(command.apply(request), new CommandContext(
                    CommandRequestResolver.actor(caller), request.effectiveAt(), version(fields), null)));
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException unreadable) {
                return Outcome.refused(400, field(unreadable), unreadable(unreadable));
            }
            throw e;
        } catch (InvalidInput e) {
            return Outcome.refused(400, e.field(), e.getMessage());
        } catch (WrongNode e) {
            return Outcome.refused(421, "", e.getMessage());
        } catch (RuleViolation e) {
            return Outcome.refused(422, e.field(), e.message(mention -> names.called(caller, mention)));
        } catch (StaleVersion e) {
            return new Outcome(null, 409, Map.of(), e);
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            return Outcome.refused(409, "", "Another change to this record came at the same moment; nothing was "
                    + "recorded from this form. Send it again.");
        }
    }

    /**
     * Puts what a form page shows in the model: the fields (as offered, or as sent and refused), the problems beside
     * them and listed above the form, the labels that name them, which fields the request needs and how long they may
     * be (read from the request's own constraints, so the browser says what the API would), the version to
     * send, and a new key, so that the next sending is a request of its own while a double click on it is one.
     */
    public static void show(Model model, FormFields fields, Outcome outcome, Map<String, String> labels,
                            Class<? extends Record> request) {
        Map<String, String> problems = outcome == null ? Map.of() : outcome.problems();
        model.addAttribute("fields", fields);
        model.addAttribute("problems", problems);
        model.addAttribute("problemList", problems.entrySet().stream()
                                                  .map(p -> new Problem(anchor(p.getKey()), label(p.getKey(), labels),
                                                                        p.getValue())).toList());
        model.addAttribute("stale", outcome == null ? null : outcome.stale());
        model.addAttribute("labels", labels);
        model.addAttribute("required", Arrays.stream(request.getRecordComponents())
                .filter(c -> c.getAccessor().isAnnotationPresent(NotBlank.class)
                        || c.getAccessor().isAnnotationPresent(NotNull.class))
                .map(RecordComponent::getName).collect(Collectors.toSet()));
        model.addAttribute("longest", Arrays.stream(request.getRecordComponents())
                .filter(c -> c.getAccessor().isAnnotationPresent(Size.class))
                .collect(Collectors.toMap(RecordComponent::getName, c -> c.getAccessor().getAnnotation(Size.class).max())));
        model.addAttribute(VERSION, outcome != null && outcome.stale() != null
                ? String.valueOf(outcome.stale().current()) : fields.value(VERSION));
        model.addAttribute("key", UUID.randomUUID().toString());
    }

    /** A problem as the list above a form says it: a link to its field, the field's label, the problem. */
    public record Problem(String anchor, String label, String message) {
    }

    /** The id of a field's input: {@code findings[1].text} is {@code findings-1-text}. */
    public static String anchor(String field) {
        return field.replaceAll("\\W+", "-").replaceAll("-$", "");
    }

    /** A field as a person reads it: its label, or for an item of a list the list's label, its number and part. */
    static String label(String field, Map<String, String> labels) {
        Matcher item = FormFields.ITEM_FIELD.matcher(field);
        if (item.matches()) {
            return labels.getOrDefault(item.group(1), item.group(1)) + " " + (Integer.parseInt(item.group(2)) + 1)
                    + ", " + labels.getOrDefault(item.group(1) + "." + item.group(3), item.group(3));
        }
        return labels.getOrDefault(field, field);
    }

    private static Long version(FormFields fields) {
        String version = fields.value(VERSION);
        if (version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            throw new InvalidInput(VERSION, "is the version of the record the form was opened on");
        }
    }

    /** Why a field could not be read, in a form's words: the text rule's own, or what the field takes. */
    private static String unreadable(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == String.class) {
            return mismatch.getOriginalMessage();
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == Instant.class) {
            return "must be a date and time, such as 2026-12-05T09:30 (UTC)";
        }
        if (type == LocalDate.class) {
            return "must be a date, such as 2026-12-05";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return "must be a number, such as 12500.00";
        }
        return "must be one of the choices offered";
    }

    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
