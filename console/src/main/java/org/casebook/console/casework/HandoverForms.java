package org.casebook.console.casework;

import static org.casebook.console.casework.CaseForms.BLANK_ROWS;
import static org.casebook.console.casework.CaseForms.labels;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebook.command.Actor;
import org.casebook.command.handover.HandoverRequests.AcceptRequest;
import org.casebook.command.handover.HandoverRequests.AnswerRequest;
import org.casebook.command.handover.HandoverRequests.CloseRiskRequest;
import org.casebook.command.handover.HandoverRequests.ProposeRequest;
import org.casebook.command.handover.Handovers;
import org.casebook.console.NoSuchPage;
import org.casebook.console.Shown;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.query.casefile.CaseFile.Risk;
import org.casebook.query.directory.Directory.ListedBody;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.handover.HandoverRecord.Status;

/**
 * The forms that hand a case's lead over: proposing it (a form on the case), answering or withdrawing a handover,
 * and closing one of its risks. Every step of a handover is sent from the case's version, as the API's If-Match
 * for them is: a handover is part of its case's record. Accepting is a form on the brief ({@link
 * HandoverFormScreen}), so that what is accepted is what was read.
 */
public final class HandoverForms {

    private static final Shown SHOWN = new Shown();

    /** Where the case page shows its handovers. */
    static final String SECTION = "handovers";

    /** A handover of the case, as the case file holds it. */
    static final RecordForm.Kind<HandoverRecord> HANDOVER = new RecordForm.Kind<>(
            handover -> "handovers/" + handover.handoverId(), handover -> null, SECTION, "handover");

    /** A risk handed over, with the handover that lists it. */
    public record RiskAtHand(HandoverRecord handover, Risk risk) {
    }

    static final RecordForm.Kind<RiskAtHand> RISK = new RecordForm.Kind<>(
            at -> "handovers/" + at.handover().handoverId() + "/risks/" + at.risk().number(), at -> null, SECTION,
            "risk");

    /** The receiving body from the directory, its coordinator by name, open items and risks added in place. */
    static final CaseForm<ProposeRequest> PROPOSE = new CaseForm<>(
            "handovers", "Propose a handover", ProposeRequest.class,
            (request, kase, signer) -> request.toCommand(kase, signer.actor()),
            labels("toBody", "Receiving body", "receivingCoordinator", "Receiving coordinator",
                   "sectors", "Sectors handed over", "openItems", "Open item", "openItems.item", "item",
                   "openItems.owner", "owner", "risks", "Risk", "proposedEffectiveOn", "Effective from",
                   "effectiveAt", "Took effect (UTC)"),
            SECTION,
            (kase, actor, offered) -> { },
            (kase, fields, shown) -> {
                List<ListedBody> bodies = kase.directory().get().bodies().bodies().stream()
                                              .filter(body -> !body.retired()).toList();
                Map<String, String> receiving = new LinkedHashMap<>();
                receiving.put("", "Choose a body");
                bodies.stream().filter(body -> !body.name().equals(kase.file().leadBody()))
                      .forEach(body -> receiving.put(body.name(), body.displayName().equals(body.name())
                              ? body.name() : body.displayName() + " (" + body.name() + ")"));
                shown.put("bodies", receiving);
                Map<String, String> coordinators = new LinkedHashMap<>();
                coordinators.put("", "Any coordinator of the receiving body");
                bodies.forEach(body -> body.people().forEach(
                        person -> coordinators.put(person.account(), person.displayName() + ", " + body.name())));
                shown.put("coordinators", coordinators);
                Map<String, String> sectors = new LinkedHashMap<>();
                Arrays.stream(Sector.values()).forEach(sector -> sectors.put(sector.name(), SHOWN.word(sector)));
                shown.put("sectors", sectors);
                shown.put("items", fields.rows("openItems", BLANK_ROWS));
                shown.put("risks", fields.listFields("risks", BLANK_ROWS));
            });

    /** On the brief: the digest of the brief the person read is sent with it. */
    static final RecordForm<HandoverRecord, AcceptRequest> ACCEPT = new RecordForm<>(
            HANDOVER, "accept", "Accept the handover", AcceptRequest.class,
            (request, handover, kase, signer) -> request.toCommand(kase, id(handover), signer.actor(), signer.name()),
            labels("briefDigest", "Brief", "effectiveAt", "Accepted (UTC)"), HandoverForms::receiving,
            (handover, offered) -> { });

    static final RecordForm<HandoverRecord, AnswerRequest> DECLINE = new RecordForm<>(
            HANDOVER, "decline", "Decline the handover", AnswerRequest.class,
            (request, handover, kase, signer) -> request.toDecline(kase, id(handover), signer.actor()),
            labels("reason", "Reason", "effectiveAt", "Took effect (UTC)"), HandoverForms::receiving,
            (handover, offered) -> { });

    static final RecordForm<HandoverRecord, AnswerRequest> WITHDRAW = new RecordForm<>(
            HANDOVER, "withdraw", "Withdraw the handover", AnswerRequest.class,
            (request, handover, kase, signer) -> request.toWithdraw(kase, id(handover), signer.actor()),
            labels("reason", "Reason", "effectiveAt", "Took effect (UTC)"), HandoverForms::proposing,
            (handover, offered) -> { });

    static final RecordForm<RiskAtHand, CloseRiskRequest> CLOSE_RISK = new RecordForm<>(
            RISK, "close", "Close the risk", CloseRiskRequest.class,
            (request, at, kase, signer) -> request.toCommand(kase, id(at.handover()), at.risk().number(),
                                                             signer.actor()),
            labels("reason", "Why it is closed", "effectiveAt", "Took effect (UTC)"), HandoverForms::holding,
            (at, offered) -> { });

    /** The steps the case page offers on a handover (accepting is offered on its brief), the answer first. */
    private static final List<RecordForm<HandoverRecord, ?>> STEPS = List.of(DECLINE, WITHDRAW);

    private HandoverForms() {
    }

    /** The steps the case page offers the person on a handover. */
    public static List<RecordForm<HandoverRecord, ?>> offeredFor(HandoverRecord handover, Actor actor) {
        return STEPS.stream().filter(step -> step.offeredTo(handover, actor)).toList();
    }

    /** Whether the case page offers the person to accept the handover, on its brief. */
    public static boolean acceptable(HandoverRecord handover, Actor actor) {
        return ACCEPT.offeredTo(handover, actor);
    }

    /** Whether the case page offers the person to close the risk. */
    public static boolean closable(RiskAtHand risk, Actor actor) {
        return CLOSE_RISK.offeredTo(risk, actor);
    }

    /** The step at that path under a handover; the not-found page for any other. */
    static RecordForm<HandoverRecord, ?> at(String path) {
        return STEPS.stream().filter(step -> step.path().equals(path)).findFirst()
                    .orElseThrow(() -> new NoSuchPage("no step of a handover is called " + path));
    }

    /** A coordinator on the receiving side of a pending handover: who answers it. */
    private static boolean receiving(HandoverRecord handover, Actor actor) {
        return handover.status() == Status.PENDING && coordinator(actor)
                && Handovers.receives(actor.user(), new Body(actor.body()), new Body(handover.toBody()),
                                      handover.receivingCoordinator());
    }

    /** A coordinator of the body that proposed a pending handover: who may withdraw it. */
    private static boolean proposing(HandoverRecord handover, Actor actor) {
        return handover.status() == Status.PENDING && coordinator(actor) && handover.fromBody().equals(actor.body());
    }

    /** A coordinator of the body that holds an open risk: the proposing body until it is accepted, then the other. */
    private static boolean holding(RiskAtHand at, Actor actor) {
        HandoverRecord handover = at.handover();
        return at.risk().status() == Risk.Status.OPEN && coordinator(actor)
                && Handovers.riskHolder(handover.status().name(), new Body(handover.fromBody()),
                                        new Body(handover.toBody())).equals(Optional.of(new Body(actor.body())));
    }

    private static boolean coordinator(Actor actor) {
        return "COORDINATOR".equals(actor.role()) && actor.body() != null;
    }

    private static HandoverId id(HandoverRecord handover) {
        return PathIds.handoverId(handover.handoverId());
    }
}
