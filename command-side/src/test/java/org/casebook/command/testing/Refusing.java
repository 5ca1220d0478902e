package org.casebook.command.testing;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

/** The one shape of a refusal in an aggregate's specification: given a history, the command records nothing. */
public final class Refusing {

    private Refusing() {
    }

    /** Given the history, the command is refused with what {@code refusal} matches, and no event is recorded. */
    public static void expectRefused(AggregateTestFixture<?> fixture, Object command, Matcher<?> refusal,
                                     Object... history) {
        fixture.given(history)
               .when(command)
               .expectNoEvents()
               .expectException(refusal);
    }
}
