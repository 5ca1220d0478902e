package org.casebook.console.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.history.AsOf;
import org.casebook.query.history.TimeTravel;
import org.casebook.query.history.TimeTravelEndpoint;
import org.casebook.query.timeline.TimelineEntry;
import org.casebook.query.timeline.TimelinePage;
import org.casebook.query.timeline.TimelineEndpoint;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The record as it was, read through the API's own time travel ({@link TimeTravelEndpoint}: the same folds, the
 * same need-to-know and the same access log): a case as of an entry or a time on either clock, what changed between
 * two entries, what was known when a decision was recorded, and the board as of a moment. Every such page carries
 * the banner that says which moment it shows.
 */
@Controller
public record TimeTravelScreen(TimeTravelEndpoint timeTravel, TimelineEndpoint timelines, Clock clock) {

    static final int TIMELINE_PAGE = 500;

    @GetMapping("/cases/{id}/as-of")
    public String caseAsOf(@PathVariable String id, @RequestParam(required = false) String clock,
                           @RequestParam(required = false) String by, @RequestParam(required = false) Long entry,
                           @RequestParam(required = false) String at, HttpServletRequest request,
                           Authentication caller, Model model) {
        CaseMoments moments = moments(id, caller);
        Moment moment = moments.chosen(clock, by, entry, at);
        CaseFile file;
        try {
            file = timeTravel.caseFile(id, moment.recordedAt(), moment.effectiveAt(), null, request, caller).caseFile();
        } catch (UnknownRecord notOpenedThen) {
            file = null;
        }
        model.addAttribute("caseId", id);
        model.addAttribute("file", file);
        model.addAttribute("moment", moment);
        model.addAttribute("moments", moments);
        model.addAttribute("reached", moments.reached(moment));
        model.addAttribute("included", moments.included(moment));
        model.addAttribute("stages", Stage.values());
        return "audit/case-as-of";
    }

    @GetMapping("/cases/{id}/diff")
    public String diff(@PathVariable String id, @RequestParam(required = false) String clock,
                       @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                       HttpServletRequest request, Authentication caller, Model model) {
        CaseMoments moments = moments(id, caller);
        AsOf.Clock onClock = Moment.clock(clock);
        Moment after = moments.at(to == null ? moments.last() : to, onClock)
                              .orElseGet(() -> moments.at(moments.last(), onClock).orElseThrow());
        Moment before = moments.at(from == null ? Math.max(1, after.entry() - 1) : from, onClock)
                               .orElseGet(() -> moments.at(1, onClock).orElseThrow());
        TimeTravel.CaseDiff diff = timeTravel.diff(id, before.clockName(), before.at().toString(),
                                                   after.at().toString(), request, caller);
        model.addAttribute("caseId", id);
        model.addAttribute("moments", moments);
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("diff", diff);
        model.addAttribute("changes", diff.changes().stream().map(FieldChange::of).toList());
        return "audit/case-diff";
    }

    @GetMapping("/cases/{id}/decisions/{decisionId}/known-then")
    public String knownThen(@PathVariable String id, @PathVariable String decisionId, HttpServletRequest request,
                            Authentication caller, Model model) {
        TimeTravel.DecisionContext known = timeTravel.knownThen(id, decisionId, request, caller);
        long number = known.decision().sequence() + 1;
        model.addAttribute("caseId", id);
        model.addAttribute("known", known);
        model.addAttribute("number", number);
        model.addAttribute("moment", new Moment(Moment.clock("recorded"), known.decision().recordedAt(), number));
        model.addAttribute("standing", known.caseFileBefore().decisions().stream().filter(d -> !d.superseded())
                                            .toList());
        return "audit/known-then";
    }

    @GetMapping("/board/as-of")
    public String board(@RequestParam(required = false) String clock, @RequestParam(required = false) String at,
                        HttpServletRequest request, Authentication caller, Model model) {
        Moment moment = new Moment(Moment.clock(clock), Moment.instant(at).orElseGet(this.clock::instant), null);
        model.addAttribute("moment", moment);
        model.addAttribute("rows", timeTravel.board(moment.recordedAt(), moment.effectiveAt(), null, null, null,
                                                    request, caller).items());
        return "audit/board-as-of";
    }

    /** The case's entries as its page reads them, every page of them. */
    private CaseMoments moments(String id, Authentication caller) {
        List<TimelineEntry> entries = new ArrayList<>();
        Long next = 0L;
        while (next != null) {
            TimelinePage page = timelines.timeline(id, next, TIMELINE_PAGE, null, caller);
            entries.addAll(page.entries());
            next = page.next();
        }
        return new CaseMoments(entries);
    }
}
