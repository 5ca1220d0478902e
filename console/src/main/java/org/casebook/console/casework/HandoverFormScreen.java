package org.casebook.console.casework;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.Actor;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.console.NotYourStep;
import org.casebook.console.casework.HandoverForms.RiskAtHand;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.brief.HandoverBrief;
import org.casebook.query.brief.HandoverBriefs;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A case's handovers ({@link HandoverForms}): each step a form on the handover (or on one of its risks) as the case
 * file shows it, offered only to the side whose step it is and sent as {@link CaseFormPages} say; and the brief, a
 * page to read and print, where the receiving side accepts what it read.
 */
@Controller
public record HandoverFormScreen(CaseFormPages pages, HandoverBriefs briefs) {

    @GetMapping("/cases/{id}/handovers/{handoverId}/{path}/new")
    public String form(@PathVariable String id, @PathVariable String handoverId, @PathVariable String path,
                       Authentication caller, HttpServletRequest request, Model model) {
        RecordForm<HandoverRecord, ?> step = HandoverForms.at(path);
        HandoverRecord handover = handover(pages.read(id, caller).file(), handoverId);
        if (!step.offeredTo(handover, CommandRequestResolver.actor(caller))) {
            throw new NotYourStep(notYours(handover, step));
        }
        return pages.offer(step.on(handover), id, caller, request, model);
    }

    @PostMapping("/cases/{id}/handovers/{handoverId}/{path}")
    public String record(@PathVariable String id, @PathVariable String handoverId, @PathVariable String path,
                         HttpServletRequest request, Authentication caller, Model model,
                         HttpServletResponse response) {
        HandoverRecord handover = handover(pages.read(id, caller).file(), handoverId);
        return pages.record(HandoverForms.at(path).on(handover), id, caller, request, model, response);
    }

    @GetMapping("/cases/{id}/handovers/{handoverId}/risks/{risk}/close/new")
    public String closeRisk(@PathVariable String id, @PathVariable String handoverId, @PathVariable String risk,
                            Authentication caller, HttpServletRequest request, Model model) {
        RiskAtHand at = risk(pages.read(id, caller).file(), handoverId, risk);
        if (!HandoverForms.closable(at, CommandRequestResolver.actor(caller))) {
            throw new NotYourStep("Risk " + at.risk().number() + " of this handover is " + (at.risk().status()
                    == CaseFile.Risk.Status.CLOSED ? "closed already." : "not your body's to close: the body "
                    + "that proposed the handover holds its risks until it is accepted, the receiving body after."));
        }
        return pages.offer(HandoverForms.CLOSE_RISK.on(at), id, caller, request, model);
    }

    @PostMapping("/cases/{id}/handovers/{handoverId}/risks/{risk}/close")
    public String riskClosed(@PathVariable String id, @PathVariable String handoverId, @PathVariable String risk,
                             HttpServletRequest request, Authentication caller, Model model,
                             HttpServletResponse response) {
        RiskAtHand at = risk(pages.read(id, caller).file(), handoverId, risk);
        return pages.record(HandoverForms.CLOSE_RISK.on(at), id, caller, request, model, response);
    }

    /** The brief as the person may read it; the receiving side accepts it here, sending the digest of what it read. */
    @GetMapping("/cases/{id}/handovers/{handoverId}/brief")
    public String brief(@PathVariable String id, @PathVariable String handoverId, Authentication caller,
                        Model model) {
        CaseAtHand kase = pages.read(id, caller);
        HandoverRecord handover = handover(kase.file(), handoverId);
        HandoverBrief brief = NeedToKnow.brief(caller, briefs.briefOf(id, handoverId));
        FormFields offered = FormFields.offered(Map.of(Forms.VERSION, kase.file().version()));
        return showBrief(kase, handover, brief, offered, null, caller, model);
    }

    /**
     * The acceptance, of the brief whose digest the page carried. If the brief is another now, nothing is recorded
     * and the page says so, showing the brief as it is now to read again.
     */
    @PostMapping("/cases/{id}/handovers/{handoverId}/accept")
    public String accept(@PathVariable String id, @PathVariable String handoverId, HttpServletRequest request,
                         Authentication caller, Model model, HttpServletResponse response) {
        CaseAtHand kase = pages.read(id, caller);
        CaseForm<?> form = HandoverForms.ACCEPT.on(handover(kase.file(), handoverId));
        FormFields fields = FormFields.sent(request.getParameterMap());
        Outcome outcome = pages.send(form, fields, id, caller);
        if (outcome.recorded()) {
            return CaseFormPages.recorded(form, id, outcome);
        }
        response.setStatus(outcome.status());
        CaseAtHand now = pages.read(id, caller);
        return showBrief(now, handover(now.file(), handoverId),
                         NeedToKnow.brief(caller, briefs.briefOf(id, handoverId)), fields, outcome, caller, model);
    }

    private static String showBrief(CaseAtHand kase, HandoverRecord handover, HandoverBrief brief, FormFields fields,
                                    Outcome outcome, Authentication caller, Model model) {
        Actor actor = CommandRequestResolver.actor(caller);
        Forms.show(model, fields, outcome, HandoverForms.ACCEPT.labels(), HandoverForms.ACCEPT.request());
        model.addAttribute("briefChanged", outcome != null && outcome.problems().containsKey("briefDigest"));
        model.addAttribute("file", kase.file());
        model.addAttribute("handover", handover);
        model.addAttribute("brief", brief);
        model.addAttribute("people", kase.directory().get());
        model.addAttribute("acceptable", HandoverForms.acceptable(handover, actor));
        model.addAttribute("steps", HandoverForms.offeredFor(handover, actor));
        return "brief";
    }

    private static HandoverRecord handover(CaseFile file, String handoverId) {
        return file.handovers().stream().filter(h -> h.handoverId().equals(handoverId)).findFirst()
                   .orElseThrow(() -> new UnknownRecord(Kind.HANDOVER, handoverId));
    }

    private static RiskAtHand risk(CaseFile file, String handoverId, String number) {
        HandoverRecord handover = handover(file, handoverId);
        return file.risks().stream()
                   .filter(r -> r.handoverId().equals(handoverId) && String.valueOf(r.number()).equals(number))
                   .findFirst().map(r -> new RiskAtHand(handover, r))
                   .orElseThrow(() -> new UnknownRecord(Kind.RISK, handoverId + " risk " + number));
    }

    /** Why a step on a handover is not the person's: where the handover stands, or whose step it is. */
    private static String notYours(HandoverRecord handover, RecordForm<HandoverRecord, ?> step) {
        String which = "handover " + handover.handoverId() + " (" + handover.fromBody() + " to " + handover.toBody()
                + ")";
        if (handover.status() != HandoverRecord.Status.PENDING) {
            return "\u201C" + step.title() + "\u201D is for a pending handover, and " + which + " is no longer "
                    + "awaiting an answer.";
        }
        boolean proposingSide = step == HandoverForms.WITHDRAW;
        return "\u201C" + step.title() + "\u201D of " + which + " is for a coordinator of "
                + (proposingSide ? handover.fromBody() + ", which proposed it."
                : handover.toBody() + (handover.receivingCoordinator() == null ? ", to which it is proposed."
                : ": the coordinator the proposal names."));
    }
}
