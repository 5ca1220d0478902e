package org.casebook.journal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;

/** Domain events of crisis cases, as an aggregate would raise them, for journal tests. */
public final class TestEvents {

    private TestEvents() {
    }

    /** The event at {@code sequence} of case {@code crisisId}: its opening at 0, stage moves after that. */
    public static DomainEventMessage<?> event(String crisisId, long sequence) {
        CaseId id = new CaseId(crisisId);
        Object payload = sequence == 0
                ? new CrisisOpened(id, "Case " + crisisId, new CountryCode("SD"), null, "summary",
                                   Stage.WATCH, Sensitivity.UNCLASSIFIED, new Body("CRSG"), new Coordinator("A. Lead"))
                : new CrisisMovedToStage(id, Stage.WATCH, Stage.ASSESSMENT, "step " + sequence);
        return new GenericDomainEventMessage<>("Crisis", crisisId, sequence, payload,
                                               MetaData.from(Map.of("user", "tester", "role", "COORDINATOR")));
    }

    /** Events {@code from} .. {@code to} (inclusive) of one case. */
    public static List<DomainEventMessage<?>> events(String crisisId, long from, long to) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long sequence = from; sequence <= to; sequence++) {
            events.add(event(crisisId, sequence));
        }
        return events;
    }
}
