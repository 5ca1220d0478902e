package org.casebook.query.staffing;

import java.util.Optional;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.deployment.DeploymentEvent;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.ViewWrites;
import org.casebook.query.Views;

/**
 * Keeps each case's staffing, folded by {@link StaffingFold}, from the case's opening on, and the component of each
 * responder (to count person-days by component).
 */
public class StaffingProjection {

    /** The staffing of each case. */
    public static final String CASES = "view_staffing";
    /** The corps component of each responder. */
    public static final String COMPONENTS = "view_staffing_components";
    public static final ViewDefinition<StaffingProjection> VIEW = ViewDefinition.of(
            Views.STAFFING, StaffingProjection.class, in -> new StaffingProjection(in.collections()), CASES,
            COMPONENTS);

    private final ViewStore<CaseStaffing> cases;
    private final ViewCollections collections;

    StaffingProjection(ViewCollections collections) {
        this.collections = collections;
        this.cases = VIEW.store(collections, CASES, CaseStaffing.class);
    }

    /** Every case has a staffing, empty until its first deployment is requested. */
    @EventHandler
    void on(CrisisOpened event, TrackingToken token) {
        long position = token.position().orElseThrow();
        cases.fold(event.crisisId().value(), position, none -> CaseStaffing.none(event.crisisId().value(), position));
    }

    @EventHandler
    void on(ResponderRegistered event) {
        String id = event.responderId().value();
        ViewWrites.write(collections.collection(VIEW.collection(COMPONENTS)), id, event.component(),
                         () -> new Document("component", event.component().name()));
    }

    @EventHandler
    void on(DeploymentEvent event, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        CorpsComponent component = event instanceof DeploymentRequested requested
                ? componentOf(requested.responderId().value()) : null;
        String user = (String) message.getMetaData().get(RecordMetadata.USER);
        cases.fold(event.crisisId().value(), position,
                   staffing -> StaffingFold.apply(staffing, event, component, user, message.getTimestamp(), position));
    }

    /** Who is deployed to one case, and for how long. */
    Optional<CaseStaffing> of(CaseId crisisId) {
        return cases.find(crisisId.value());
    }

    private CorpsComponent componentOf(String responderId) {
        return ViewWrites.read(collections.collection(VIEW.collection(COMPONENTS)), responderId, CorpsComponent.class,
                               stored -> CorpsComponent.valueOf(stored.getString("component")))
                         .orElseThrow(() -> new IllegalStateException("deployment requested for responder "
                                 + responderId + ", who is not registered"));
    }
}
