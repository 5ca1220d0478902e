package org.casebook.command.responder;

import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.kernel.responder.Agency;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.PersonalDetails;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.kernel.responder.ResponderRetired;
import org.casebook.kernel.responder.Skill;

/** Events and settings of one sample responder, for the aggregate's specifications. */
final class RosterHistory {

    static final ResponderId RESPONDER = new ResponderId("responder-1");
    static final PersonalDetails AMINA = new PersonalDetails("Amina Diallo", "amina.diallo@example.org");
    static final Agency JUSTICE = new Agency("Justice");
    static final Skill RULE_OF_LAW = new Skill("rule-of-law");
    static final Skill POLICING = new Skill("policing");
    static final RosterSettings SETTINGS = new RosterSettings(
            List.of("rule-of-law", "policing", "public-finance", "elections"),
            Map.of(CorpsComponent.ACTIVE, 365, CorpsComponent.STANDBY, 180, CorpsComponent.RESERVE, 90));

    private RosterHistory() {
    }

    static AggregateTestFixture<Responder> fixture() {
        AggregateTestFixture<Responder> fixture = new AggregateTestFixture<>(Responder.class);
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
        fixture.registerInjectableResource(SETTINGS);
        return fixture;
    }

    static ResponderRegistered registered() {
        return new ResponderRegistered(RESPONDER, AMINA, CorpsComponent.STANDBY, JUSTICE, List.of(RULE_OF_LAW), 180,
                                       Availability.availableNow());
    }

    static ResponderRetired retired() {
        return new ResponderRetired(RESPONDER, "Left the corps");
    }
}
