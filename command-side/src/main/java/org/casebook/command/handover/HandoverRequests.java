package org.casebook.command.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casebook.command.Actor;
import org.casebook.command.web.CommandBody;
import org.casebook.command.web.WithinHorizon;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.AcceptHandover;
import org.casebook.kernel.handover.DeclineHandover;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.CloseRisk;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.kernel.handover.ProposeHandover;
import org.casebook.kernel.handover.Signatory;
import org.casebook.kernel.handover.WithdrawHandover;

/**
 * The JSON bodies of the handover commands, with their shape rules (400). Who signs each step is the
 * authenticated user, never the body.
 */
public final class HandoverRequests {

    private static final int TEXT = 2_000;
    private static final int ITEMS = 100;

    private HandoverRequests() {
    }

    public record OpenItemBody(@NotBlank @Size(max = TEXT) String item, @NotBlank @Size(max = 200) String owner) {
    }

    public record ProposeRequest(
            @NotBlank @Size(max = Body.MAX_LENGTH) String toBody,
            @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "must be a user name") String receivingCoordinator,
            @Size(max = 5) List<@NotNull Sector> sectors,
            @NotNull @Size(max = ITEMS) List<@NotNull @Valid OpenItemBody> openItems,
            @NotNull @Size(max = ITEMS) List<@NotBlank @Size(max = TEXT) String> risks,
            @NotNull @WithinHorizon LocalDate proposedEffectiveOn,
            Instant effectiveAt) implements CommandBody {

        public ProposeHandover toCommand(CaseId crisisId, Actor actor) {
            return new ProposeHandover(crisisId, new Body(toBody.strip()), receivingCoordinator,
                                       sectors == null ? List.of() : sectors.stream().distinct().sorted().toList(),
                                       openItems.stream().map(o -> new OpenItem(o.item(), o.owner())).toList(),
                                       risks, proposedEffectiveOn, signatory(actor));
        }
    }

    public record AcceptRequest(
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be the digest of the brief you were shown "
                    + "(64 hex digits)") String briefDigest,
            Instant effectiveAt) implements CommandBody {

        public AcceptHandover toCommand(CaseId crisisId, HandoverId handoverId, Actor actor, String actorName) {
            return new AcceptHandover(crisisId, handoverId, briefDigest, signatory(actor), actorName);
        }
    }

    public record AnswerRequest(@NotBlank @Size(max = TEXT) String reason, Instant effectiveAt) implements CommandBody {

        public DeclineHandover toDecline(CaseId crisisId, HandoverId handoverId, Actor actor) {
            return new DeclineHandover(crisisId, handoverId, reason, signatory(actor));
        }

        public WithdrawHandover toWithdraw(CaseId crisisId, HandoverId handoverId, Actor actor) {
            return new WithdrawHandover(crisisId, handoverId, reason, signatory(actor));
        }
    }

    public record CloseRiskRequest(@NotBlank @Size(max = TEXT) String reason, Instant effectiveAt) implements CommandBody {

        public CloseRisk toCommand(CaseId crisisId, HandoverId handoverId, int risk, Actor actor) {
            return new CloseRisk(crisisId, handoverId, risk, reason, signatory(actor));
        }
    }

    private static Signatory signatory(Actor actor) {
        return new Signatory(actor.user(), actor.role(), actor.body() == null ? null : new Body(actor.body()));
    }
}
