package org.casebook.command.directory;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.command.RuleViolation;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyKind;
import org.casebook.kernel.directory.BodyListed;
import org.casebook.kernel.directory.BodyRenamed;
import org.casebook.kernel.directory.BodyRetired;
import org.casebook.kernel.directory.ListBody;
import org.casebook.kernel.directory.ListPerson;
import org.casebook.kernel.directory.MovePerson;
import org.casebook.kernel.directory.PersonListed;
import org.casebook.kernel.directory.PersonMoved;
import org.casebook.kernel.directory.PersonRenamed;
import org.casebook.kernel.directory.RenameBody;
import org.casebook.kernel.directory.RenamePerson;
import org.casebook.kernel.directory.RetireBody;
import org.junit.jupiter.api.Test;

/** Bodies change (renamed, retired) and people are listed, renamed and moved, each recorded once and only if real. */
class KeepingTheDirectoryTest {

    private static final Body IPC = new Body("IPC");
    private static final Body EMBASSY = new Body("Embassy");
    private static final BodyListed IPC_LISTED =
            new BodyListed(IPC, BodyKind.PLANNING_CELL, "Integration Planning Cell");
    private static final BodyListed EMBASSY_LISTED = new BodyListed(EMBASSY, BodyKind.EMBASSY, "Embassy");
    private static final BodyRetired IPC_RETIRED = new BodyRetired(IPC, "Merged into the regional command's cell");
    private static final PersonListed OKAFOR = new PersonListed("field-coordinator", "J. Okafor", EMBASSY);

    private final AggregateTestFixture<BodyDirectory> fixture = new AggregateTestFixture<>(BodyDirectory.class);

    KeepingTheDirectoryTest() {
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
    }

    @Test
    void a_body_gets_another_kind_and_display_name_and_keeps_its_name() {
        fixture.given(IPC_LISTED)
               .when(new RenameBody(IPC, BodyKind.PLANNING_CELL, "Integration Planning Cell, AFRICOM"))
               .expectEvents(new BodyRenamed(IPC, BodyKind.PLANNING_CELL, "Integration Planning Cell, AFRICOM"));
    }

    @Test
    void a_rename_that_changes_nothing_is_refused() {
        fixture.given(IPC_LISTED)
               .when(new RenameBody(IPC, BodyKind.PLANNING_CELL, "Integration Planning Cell"))
               .expectNoEvents()
               .expectException(brokenRule("directory-unchanged").onField("displayName"));
    }

    @Test
    void only_a_listed_body_is_renamed_or_retired() {
        fixture.given(IPC_LISTED)
               .when(new RetireBody(new Body("ACT"), "Gone"))
               .expectNoEvents()
               .expectException(brokenRule("body-not-listed").onField("name"));
    }

    @Test
    void a_retired_body_is_named_by_nothing_new_and_stays_listed() {
        fixture.given(IPC_LISTED)
               .when(new RetireBody(IPC, "Merged into the regional command's cell"))
               .expectEvents(IPC_RETIRED)
               .expectState(directory -> {
                   RuleViolation refused = assertThrows(RuleViolation.class,
                                                        () -> directory.requireListed(IPC, "toBody"));
                   assertThat(refused.rule()).isEqualTo("body-retired");
                   assertThat(refused.field()).isEqualTo("toBody");
               });
    }

    @Test
    void a_body_is_retired_once_and_never_listed_again() {
        fixture.given(IPC_LISTED, IPC_RETIRED)
               .when(new RetireBody(IPC, "Again"))
               .expectNoEvents()
               .expectException(brokenRule("body-retired").onField("name"));
        fixture.given(IPC_LISTED, IPC_RETIRED)
               .when(new ListBody(IPC, BodyKind.PLANNING_CELL, "Integration Planning Cell"))
               .expectNoEvents()
               .expectException(brokenRule("body-already-listed").onField("name"));
    }

    @Test
    void a_person_is_listed_once_of_a_listed_body_in_service() {
        fixture.given(EMBASSY_LISTED)
               .when(new ListPerson("field-coordinator", "J. Okafor", EMBASSY))
               .expectEvents(OKAFOR);
        fixture.given(EMBASSY_LISTED, OKAFOR)
               .when(new ListPerson("field-coordinator", "Joy Okafor", null))
               .expectNoEvents()
               .expectException(brokenRule("person-already-listed").onField("account"));
        fixture.given(IPC_LISTED, IPC_RETIRED)
               .when(new ListPerson("planner", "A. Planner", IPC))
               .expectNoEvents()
               .expectException(brokenRule("body-retired").onField("body"));
    }

    @Test
    void a_person_is_renamed_and_moved_and_the_directory_names_them_so() {
        fixture.given(EMBASSY_LISTED, IPC_LISTED, OKAFOR)
               .when(new RenamePerson("field-coordinator", "Joy Okafor"))
               .expectEvents(new PersonRenamed("field-coordinator", "Joy Okafor"))
               .expectState(directory -> {
                   assertThat(directory.displayNameOf("field-coordinator")).isEqualTo("Joy Okafor");
                   assertThat(directory.displayNameOf("someone-unlisted")).isEqualTo("someone-unlisted");
               });
        fixture.given(EMBASSY_LISTED, IPC_LISTED, OKAFOR)
               .when(new MovePerson("field-coordinator", IPC))
               .expectEvents(new PersonMoved("field-coordinator", IPC));
        fixture.given(EMBASSY_LISTED, OKAFOR)
               .when(new MovePerson("field-coordinator", EMBASSY))
               .expectNoEvents()
               .expectException(brokenRule("directory-unchanged").onField("body"));
        fixture.given(EMBASSY_LISTED)
               .when(new RenamePerson("nobody", "N. Body"))
               .expectNoEvents()
               .expectException(brokenRule("person-not-listed").onField("account"));
    }

    @Test
    void a_body_renamed_is_listed_under_its_new_name() {
        fixture.given(IPC_LISTED, new BodyRenamed(IPC, BodyKind.PLANNING_CELL, "Integration Planning Cell, AFRICOM"))
               .when(new RenameBody(IPC, BodyKind.PLANNING_CELL, "Integration Planning Cell, AFRICOM"))
               .expectNoEvents()
               .expectException(brokenRule("directory-unchanged").onField("displayName"));
    }

    @Test
    void a_person_is_moved_only_to_a_listed_body() {
        fixture.given(EMBASSY_LISTED, OKAFOR)
               .when(new MovePerson("field-coordinator", new Body("ACT")))
               .expectNoEvents()
               .expectException(brokenRule("body-not-listed").onField("body"));
    }

    @Test
    void a_person_moved_belongs_to_the_body_they_moved_to() {
        fixture.given(EMBASSY_LISTED, IPC_LISTED, OKAFOR, new PersonMoved("field-coordinator", IPC))
               .when(new MovePerson("field-coordinator", IPC))
               .expectNoEvents()
               .expectException(brokenRule("directory-unchanged").onField("body"));
    }
}
