package org.casebook.console.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casebook.command.Actor;
import org.casebook.command.funds.NotificationSettings;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.console.casework.DeploymentForms;
import org.casebook.console.casework.HandoverForms;
import org.casebook.console.casework.HandoverForms.RiskAtHand;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.ViewProgress;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.casefile.CaseFileQueries;
import org.casebook.query.casefile.CurrentCaseFile;
import org.casebook.query.directory.DirectoryRecord;
import org.casebook.query.funds.CaseFunds;
import org.casebook.query.funds.FundsQueries;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.staffing.CaseStaffing;
import org.casebook.query.staffing.CaseStaffing.Deployment;
import org.casebook.query.staffing.StaffingQueries;
import org.casebook.query.timeline.TimelinePage;
import org.casebook.query.timeline.TimelineEndpoint;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case on one page: where it stands (stage, flags, lead, people and money), its current assessment, its decisions
 * as a chain, who is deployed to it (each deployment with the steps the case page offers next), its money, its
 * handovers (each with its risks and the steps offered to the person), and its timeline.
 * {@code after} (a journal position) shows the case once the views hold that entry, so a person who just recorded
 * something sees it.
 */
@Controller
public record CaseScreen(CaseFileQueries files, TimelineEndpoint timelines, ViewProgress progress,
                         StaffingQueries staffings, FundsQueries funds,
                         NotificationSettings notifications, DirectoryRecord directory) {

    static final int TIMELINE_PAGE = 200;

    @GetMapping("/cases/{id}")
    public String caseFile(@PathVariable String id, @RequestParam(required = false) Long after,
                           @RequestParam(defaultValue = "0") long from, Authentication caller, Model model) {
        CurrentCaseFile current = NeedToKnow.caseFile(caller, progress.readCase(id, CaseFileQueries.READS, after,
                                                                                  files::find));
        TimelinePage timeline = timelines.timeline(id, Math.max(0, from), TIMELINE_PAGE, after, caller);
        CaseFile file = current.file();
        model.addAttribute("file", file);
        model.addAttribute("standing", current.standing());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("standingDecisions", file.decisions().stream().filter(d -> !d.superseded()).toList());
        model.addAttribute("timeline", timeline);
        Actor actor = CommandRequestResolver.actor(caller);
        CaseStaffing staffing = staffings.read(id, after, caller);
        model.addAttribute("staffing", staffing);
        model.addAttribute("steps", staffing.deployments().stream().collect(Collectors.toMap(
                Deployment::id, deployment -> DeploymentForms.offeredFor(deployment, actor))));
        model.addAttribute("funds", funds(id, after, file, caller));
        handovers(file, actor, model);
        return "case";
    }

    /** The case's money as {@code GET /api/crises/{id}/funds} reads it, its sources named by authority. */
    private FundsShown funds(String id, Long after, CaseFile file, Authentication caller) {
        CaseFunds ofCase = funds.caseFunds(id, after, caller);
        Map<String, String> authorities = new LinkedHashMap<>();
        ofCase.bySource().keySet().forEach(source -> funds.authority(source).ifPresent(
                authority -> authorities.put(source, authority)));
        Map<String, String> decisions = new LinkedHashMap<>();
        file.decisions().forEach(d -> decisions.put(d.decisionId(), d.decision()));
        Set<String> notified = authorities.keySet().stream()
                                          .filter(source -> notifications.of(authorities.get(source)).isPresent())
                                          .collect(Collectors.toSet());
        return new FundsShown(ofCase, authorities, decisions, notified);
    }

    /**
     * The case's handovers, latest first, each with its risks, the steps offered to the person, and whether they may
     * accept it on its brief; people by the names the directory lists them under.
     */
    private void handovers(CaseFile file, Actor actor, Model model) {
        List<HandoverRecord> latestFirst = new ArrayList<>(file.handovers());
        Collections.reverse(latestFirst);
        model.addAttribute("handovers", latestFirst);
        model.addAttribute("handoverSteps", file.handovers().stream().collect(Collectors.toMap(
                HandoverRecord::handoverId, handover -> HandoverForms.offeredFor(handover, actor))));
        model.addAttribute("acceptable", file.handovers().stream()
                .filter(handover -> HandoverForms.acceptable(handover, actor)).map(HandoverRecord::handoverId)
                .collect(Collectors.toSet()));
        Map<String, HandoverRecord> byId = file.handovers().stream().collect(Collectors.toMap(
                HandoverRecord::handoverId, Function.identity()));
        model.addAttribute("risks", file.risks().stream().collect(Collectors.groupingBy(CaseFile.Risk::handoverId)));
        model.addAttribute("closable", file.risks().stream()
                .filter(risk -> byId.containsKey(risk.handoverId())
                        && HandoverForms.closable(new RiskAtHand(byId.get(risk.handoverId()), risk), actor))
                .map(risk -> risk.handoverId() + "/" + risk.number()).collect(Collectors.toSet()));
        model.addAttribute("people", file.handovers().isEmpty() ? null : directory.read());
    }
}
