package org.casebook.command;

/**
 * A command broke a rule of the record. {@code rule} is the rule's stable name, {@code field} the request field it
 * concerns (or null), and the message says what was wrong in words a coordinator understands.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
