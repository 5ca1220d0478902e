package org.casebook.command;

import java.util.List;
import java.util.function.Function;

import org.casebook.kernel.refusal.Mention;

/**
 * A command broke a rule of the record. {@code rule} is the rule's stable name, {@code field} the request field it
 * concerns (or null), and the message says what was wrong in words a coordinator understands. The message is made
 * of texts and {@link Mention}s of records: {@link #getMessage()} names those by id, {@link #message} as the edge
 * that answers names them.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;
    private final List<Object> parts;

    public RuleViolation(String rule, String field, String message) {
        this(rule, field, List.of(message));
    }

    public RuleViolation(String rule, String field, List<Object> parts) {
        super(render(parts, Mention::toString));
        this.rule = rule;
        this.field = field;
        this.parts = List.copyOf(parts);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    /** The message with each record it mentions named by {@code naming}. */
    public String message(Function<Mention, String> naming) {
        return render(parts, naming);
    }

    private static String render(List<Object> parts, Function<Mention, String> naming) {
        StringBuilder message = new StringBuilder();
        for (Object part : parts) {
            message.append(part instanceof Mention mention ? naming.apply(mention) : String.valueOf(part));
        }
        return message.toString();
    }
}
