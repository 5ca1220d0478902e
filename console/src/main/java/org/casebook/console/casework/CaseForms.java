package org.casebook.console.casework;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.command.crisis.CrisisRequests.CorrectEntryRequest;
import org.casebook.command.crisis.CrisisRequests.MoveToStageRequest;
import org.casebook.command.crisis.CrisisRequests.RecordAssessmentRequest;
import org.casebook.command.crisis.CrisisRequests.RecordDecisionRequest;
import org.casebook.command.crisis.CrisisRequests.ReopenRequest;
import org.casebook.console.NoSuchPage;
import org.casebook.console.Shown;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.Stage;

/** The forms that record on a case, each once: what it sends, how it is labelled, what it offers and shows. */
public final class CaseForms {

    /** Blank option or finding rows a form offers beside those filled in. */
    static final int BLANK_ROWS = 3;

    private static final Shown SHOWN = new Shown();

    /** The field that names an entry by its number on the timeline. */
    static final String ENTRY = "entry";

    static final CaseForm<RecordDecisionRequest> DECISION = new CaseForm<>(
            "decisions", "Record a decision", RecordDecisionRequest.class, RecordDecisionRequest::toCommand,
            labels("decision", "Decision", "rationale", "Rationale", "optionsConsidered", "Options considered",
                   "decidingBody", "Deciding body", "authority", "Authority", "supersedes", "Supersedes",
                   "sensitivity", "Marking", "effectiveAt", "Took effect (UTC)"),
            "decisions",
            (kase, actor, offered) -> offered.putIfAbsent("decidingBody", actor.body()),
            (kase, fields, shown) -> {
                Map<String, String> supersedable = new LinkedHashMap<>();
                supersedable.put("", "No earlier decision");
                kase.file().decisions().stream().filter(d -> !d.superseded())
                    .forEach(d -> supersedable.put(d.decisionId(), d.decisionId() + ": " + d.decision()));
                shown.put("supersedable", supersedable);
                shown.put("markings", SHOWN.markings(kase.file().sensitivity()));
                shown.put("options", fields.listFields("optionsConsidered", BLANK_ROWS));
            });

    static final CaseForm<RecordAssessmentRequest> ASSESSMENT = new CaseForm<>(
            "assessments", "Record an assessment", RecordAssessmentRequest.class, RecordAssessmentRequest::toCommand,
            labels("summary", "Summary", "findings", "Finding", "findings.type", "kind", "findings.text", "text",
                   "effectiveAt", "Took effect (UTC)"),
            "overview",
            // a new assessment starts from the current one's findings: what still holds is kept, not typed again
            (kase, actor, offered) -> {
                List<Finding> findings = kase.file().currentAssessment() == null ? List.of()
                        : kase.file().currentAssessment().findings();
                for (int i = 0; i < findings.size(); i++) {
                    offered.put("findings[" + i + "].type", findings.get(i).type().name());
                    offered.put("findings[" + i + "].text", findings.get(i).text());
                }
            },
            (kase, fields, shown) -> {
                Map<String, String> kinds = new LinkedHashMap<>();
                kinds.put("", "Choose a kind");
                Arrays.stream(FindingType.values()).forEach(kind -> kinds.put(kind.name(), SHOWN.word(kind)));
                shown.put("kinds", kinds);
                shown.put("rows", fields.rows("findings", BLANK_ROWS));
            });

    static final CaseForm<MoveToStageRequest> STAGE = new CaseForm<>(
            "stage", "Move the stage", MoveToStageRequest.class, MoveToStageRequest::toCommand,
            labels("stage", "Move to", "reason", "Reason", "outcome", "Outcome", "effectiveAt", "Took effect (UTC)"),
            "stage",
            (kase, actor, offered) -> offered.putIfAbsent("stage", kase.file().stage().next().name()),
            (kase, fields, shown) -> {
                Map<String, String> stages = new LinkedHashMap<>();
                Arrays.stream(Stage.values()).filter(stage -> stage != kase.file().stage())
                      .forEach(stage -> stages.put(stage.name(), SHOWN.word(stage)
                              + (stage.ordinal() < kase.file().stage().ordinal() ? " (back)"
                              : stage.ordinal() > kase.file().stage().ordinal() + 1 && stage != Stage.CLOSED ? " (skips ahead)"
                              : "")));
                shown.put("stages", stages);
            });

    static final CaseForm<ReopenRequest> REOPEN = new CaseForm<>(
            "reopen", "Reopen the case", ReopenRequest.class, ReopenRequest::toCommand,
            labels("reason", "Reason", "effectiveAt", "Took effect (UTC)"), "stage",
            (kase, actor, offered) -> { }, (kase, fields, shown) -> { });

    /** Reached from an entry of the timeline ({@code ?entry=5}), which the form shows as it stands. */
    static final CaseForm<CorrectEntryRequest> CORRECTION = new CaseForm<>(
            "corrections", "Correct an entry", CorrectEntryRequest.class, CorrectEntryRequest::toCommand,
            labels("correctsEventId", "Entry corrected", "correctedText", "Corrected text", "reason", "Reason",
                   "effectiveAt", "Took effect (UTC)"),
            "timeline",
            (kase, actor, offered) -> kase.entry(String.valueOf(offered.get(ENTRY)))
                                          .ifPresent(entry -> offered.put("correctsEventId", entry.eventId())),
            (kase, fields, shown) -> shown.put("corrected", kase.entry(fields.value(ENTRY)).orElse(null)));

    /**
     * The request of a deployment is declared in {@link DeploymentForms}, whose fields are made with {@link #labels}:
     * it is looked up when asked for, never while this class is being made, or a first use of {@code DeploymentForms}
     * (a case page with a deployment) would find it not made yet.
     */
    private static final Map<String, CaseForm<?>> BY_PATH = Map.of(
            DECISION.path(), DECISION, ASSESSMENT.path(), ASSESSMENT, STAGE.path(), STAGE, REOPEN.path(), REOPEN,
            CORRECTION.path(), CORRECTION);

    private CaseForms() {
    }

    /** The form at that path under a case; the not-found page for any other. */
    static CaseForm<?> at(String path) {
        CaseForm<?> form = path.equals(DeploymentForms.REQUEST.path()) ? DeploymentForms.REQUEST : BY_PATH.get(path);
        if (form == null) {
            throw new NoSuchPage("no form of a case is called " + path);
        }
        return form;
    }

    static Map<String, String> labels(String... fieldsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            labels.put(fieldsAndLabels[i], fieldsAndLabels[i + 1]);
        }
        return Map.copyOf(labels);
    }
}
