package org.casebook.command.directory;

import static org.casebook.command.BrokenRule.brokenRule;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.command.RuleViolation;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyKind;
import org.casebook.kernel.directory.BodyListed;
import org.casebook.kernel.directory.ListBody;
import org.junit.jupiter.api.Test;

/** The directory lists a body once, with its kind and display name, and says which bodies it lists. */
class ListingBodiesTest {

    private static final Body USAID = new Body("USAID");
    private static final BodyListed USAID_LISTED =
            new BodyListed(USAID, BodyKind.AGENCY, "U.S. Agency for International Development");

    private final AggregateTestFixture<BodyDirectory> fixture = new AggregateTestFixture<>(BodyDirectory.class);

    ListingBodiesTest() {
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
    }

    @Test
    void the_first_body_listed_starts_the_directory() {
        fixture.givenNoPriorActivity()
               .when(new ListBody(USAID, BodyKind.AGENCY, "U.S. Agency for International Development"))
               .expectEvents(USAID_LISTED);
    }

    @Test
    void further_bodies_are_listed_beside_the_others() {
        fixture.given(USAID_LISTED)
               .when(new ListBody(new Body("UNDP"), BodyKind.INTERNATIONAL, "UN Development Programme"))
               .expectEvents(new BodyListed(new Body("UNDP"), BodyKind.INTERNATIONAL, "UN Development Programme"));
    }

    @Test
    void a_body_is_listed_once() {
        fixture.given(USAID_LISTED)
               .when(new ListBody(USAID, BodyKind.OTHER, "USAID"))
               .expectNoEvents()
               .expectException(brokenRule("body-already-listed").onField("name"));
    }

    @Test
    void a_body_not_listed_is_refused_naming_the_field_and_the_bodies_listed() {
        fixture.given(USAID_LISTED)
               .when(new ListBody(new Body("IPC"), BodyKind.PLANNING_CELL, "Integration Planning Cell"))
               .expectSuccessfulHandlerExecution()
               .expectState(directory -> {
                   RuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(
                           RuleViolation.class, () -> directory.requireListed(new Body("Embasy"), "leadBody"));
                   org.assertj.core.api.Assertions.assertThat(refused.rule()).isEqualTo("body-not-listed");
                   org.assertj.core.api.Assertions.assertThat(refused.field()).isEqualTo("leadBody");
                   org.assertj.core.api.Assertions.assertThat(refused.getMessage())
                           .contains("Embasy is not a listed body; the bodies listed are IPC, USAID");
               });
    }
}
