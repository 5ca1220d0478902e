package org.casebook.command;

import java.util.Objects;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Matches a {@link RuleViolation} by the rule it broke (the stable id clients see, such as {@code case-is-closed})
 * and, if asked, the field it names: what a refusal means, not how its message is worded.
 * <pre>{@code .expectException(brokenRule("skipping-ahead-needs-reason").onField("reason"))}</pre>
 */
public final class BrokenRule extends TypeSafeDiagnosingMatcher<RuleViolation> {

    private final String rule;
    private final boolean fieldPinned;
    private final String field;

    private BrokenRule(String rule, boolean fieldPinned, String field) {
        this.rule = Objects.requireNonNull(rule);
        this.fieldPinned = fieldPinned;
        this.field = field;
    }

    /** A refusal for breaking {@code rule}, whichever field it names. */
    public static BrokenRule brokenRule(String rule) {
        return new BrokenRule(rule, false, null);
    }

    /** ...that names {@code field} ({@code null}: names no field, the rule concerns the record as a whole). */
    public BrokenRule onField(String field) {
        return new BrokenRule(rule, true, field);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation, Description mismatch) {
        boolean matches = true;
        if (!rule.equals(violation.rule())) {
            mismatch.appendText("broke rule ").appendValue(violation.rule());
            matches = false;
        }
        if (fieldPinned && !Objects.equals(field, violation.field())) {
            mismatch.appendText(matches ? "" : ", ").appendText("on field ").appendValue(violation.field());
            matches = false;
        }
        if (!matches) {
            mismatch.appendText(" (").appendValue(violation.getMessage()).appendText(")");
        }
        return matches;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal for breaking rule ").appendValue(rule);
        if (fieldPinned) {
            description.appendText(" on field ").appendValue(field);
        }
    }
}
