package org.casebook.command;

import org.casebook.kernel.refusal.UnknownRecord;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Matches the refusals of a command that are not rules of the record, by their type and what they are about: an
 * unknown record by its kind, a stale version by the versions. {@link BrokenRule} matches the broken rules.
 */
public final class Refused {

    private Refused() {
    }

    /** No record of {@code kind} is there to change. */
    public static Matcher<UnknownRecord> unknownRecord(UnknownRecord.Kind kind) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(UnknownRecord refusal, Description mismatch) {
                mismatch.appendText("no record of kind ").appendValue(refusal.kind());
                return refusal.kind() == kind;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("no record of kind ").appendValue(kind);
            }
        };
    }

    /**
     * The client changed {@code record} (such as "case case-1") from version {@code expected}, but it is at
     * {@code current}.
     */
    public static Matcher<StaleVersion> staleVersion(String record, long expected, long current) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(StaleVersion refusal, Description mismatch) {
                mismatch.appendText("a change of ").appendValue(refusal.record()).appendText(" from version ")
                        .appendValue(refusal.expected()).appendText(" at version ").appendValue(refusal.current());
                return refusal.record().equals(record) && refusal.expected() == expected
                        && refusal.current() == current;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a change of ").appendValue(record).appendText(" from version ")
                           .appendValue(expected).appendText(" at version ").appendValue(current);
            }
        };
    }
}
