package org.casebook.query.reporting.casesummary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.ReportPoint;
import org.casebook.query.reporting.files.Readable;

/**
 * A case over its life, for after-action review: its stages, its decision chain (with the decisions superseded and
 * the corrections recorded, shown, not hidden), the corrections, and the handovers of its lead.
 */
public record CaseSummaryReport(
        ReportType report,
        ReportPoint builtFrom,
        ReportEdition edition,
        String caseId,
        String title,
        String country,
        String sensitivity,
        String stage,
        String leadBody,
        LocalDate openedOn,
        String outcome,
        List<StageRow> stages,
        List<DecisionRow> decisions,
        List<CorrectionRow> corrections,
        List<HandoverRow> handovers,
        // From layout 4 on (null, and left out of the JSON, before it, so earlier files keep their bytes)
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AssessmentRow> assessments,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<DeploymentRow> deployments,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<MoneyRow> money) implements Report {

    public record AssessmentRow(String assessmentId, LocalDate on, int findings, String summary) {
    }

    /** A deployment of the case: counted, its responder never named. */
    public record DeploymentRow(String deploymentId, String sector, String component, String agency,
                                LocalDate start, LocalDate end, boolean booked, long personDays) {
    }

    /** Money moved for the case: allocated, obligated, disbursed (and adjustments, with no entry of their own). */
    public record MoneyRow(LocalDate on, String sourceId, String entry, String kind, String sector, String amount) {
    }

    public record StageRow(LocalDate on, String from, String to, String reason) {
    }

    public record DecisionRow(String decisionId, LocalDate takenOn, String decidingBody, String authority,
                              String decision, String rationale, String assessment, String supersedes,
                              String supersededBy, boolean corrected, String sensitivity) {
    }

    public record CorrectionRow(LocalDate on, String correctsEventId, String correctedEntryType,
                                String reason, String correctedText, String user) {
    }

    public record HandoverRow(String handoverId, String fromBody, String toBody, String status,
                              LocalDate effectiveOn) {
    }

    /** {@code record}: the case's assessments, deployments and money, from layout 4 on; null before it. */
    static CaseSummaryReport of(CaseFile file, ReportPoint builtFrom, ReportEdition edition, ReportLayout layout,
                                CaseRecord record) {
        boolean caseWithheld = file.sensitivity() == Sensitivity.SBU && edition == ReportEdition.STANDARD;
        // A correction of an SBU decision says what the decision said: withheld with it.
        Set<String> withheldEntries = edition == ReportEdition.SBU ? Set.of() : file.decisions().stream()
                .filter(d -> d.sensitivity() == Sensitivity.SBU).map(d -> d.entry().eventId())
                .collect(Collectors.toSet());
        return new CaseSummaryReport(
                ReportType.CASE, builtFrom, edition, file.id(),
                caseWithheld ? WITHHELD : file.title(), file.country(), file.sensitivity().name(), file.stage().name(),
                file.leadBody(), day(file.opened()), caseWithheld ? (file.outcome() == null ? null : WITHHELD)
                        : file.outcome(),
                file.stageHistory().stream().map(s -> new StageRow(
                        day(s.entry()), s.from() == null ? null : s.from().name(), s.to().name(),
                        caseWithheld ? (s.reason() == null ? null : WITHHELD) : s.reason())).toList(),
                file.decisions().stream().map(d -> {
                    boolean withheld = d.sensitivity() == Sensitivity.SBU && edition == ReportEdition.STANDARD;
                    return new DecisionRow(d.decisionId(), day(d.entry()), d.decidingBody(),
                                           withheld && layout.withholdsSbuAuthorities() ? WITHHELD : d.authority(),
                                           withheld ? WITHHELD : d.decision(), withheld ? WITHHELD : d.rationale(),
                                           d.currentAssessment(), d.supersedes(), d.supersededBy(), d.corrected(),
                                           d.sensitivity().name());
                }).toList(),
                file.corrections().stream().map(c -> {
                    boolean withheld = caseWithheld || withheldEntries.contains(c.correctsEventId());
                    return new CorrectionRow(day(c.entry()), c.correctsEventId(), c.correctedEntryType(),
                                             withheld ? WITHHELD : c.reason(), withheld ? WITHHELD : c.correctedText(),
                                             c.entry().user());
                }).toList(),
                file.handovers().stream().map(h -> new HandoverRow(
                        h.handoverId(), h.fromBody(), h.toBody(), h.status().name(),
                        h.status() == HandoverRecord.Status.ACCEPTED ? h.effectiveOn() : null)).toList(),
                record == null ? null : record.assessments().stream().map(a -> caseWithheld
                        ? new AssessmentRow(a.assessmentId(), a.on(), a.findings(), WITHHELD) : a).toList(),
                record == null ? null : record.deployments(),
                record == null ? null : layout.showsAllocationNumbers() ? record.money().stream().map(m -> new MoneyRow(
                        m.on(), m.sourceId(), EntryNumber.shown(m.entry()), m.kind(), m.sector(), m.amount())).toList()
                        : record.money());
    }

    private static LocalDate day(CaseFile.Entry entry) {
        return LocalDate.ofInstant(entry.effectiveAt(), ZoneOffset.UTC);
    }

    @Override
    public String topic() {
        return caseId;
    }

    @Override
    public String heading() {
        return "Case summary: " + title;
    }

    @Override
    public List<String> summary() {
        return List.of("Case " + caseId + " (" + country + "), opened " + openedOn + ", now " + stage
                               + ", led by " + leadBody,
                       decisions.size() + " decisions, " + corrections.size() + " corrections, " + handovers.size()
                               + " handovers");
    }

    @Override
    public String audience() {
        return "For after-action review";
    }

    @Override
    public List<String> readableSummary() {
        return List.of("Opened " + openedOn + " in " + country + ", now " + Readable.words(stage) + ", led by "
                               + leadBody + " (case " + caseId + ")",
                       counted(assessments == null ? 0 : assessments.size(), "assessment") + ", "
                               + counted(decisions.size(), "decision") + ", "
                               + counted(corrections.size(), "correction") + ", "
                               + counted(handovers.size(), "handover") + ", "
                               + counted(deployments == null ? 0 : deployments.size(), "deployment"));
    }

    /** "1 decision", "2 decisions". */
    static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    @Override
    public List<Table> tables() {
        List<Table> tables = new java.util.ArrayList<>(tablesOfTheCaseFile());
        if (assessments != null) {
            tables.add(2, new Table("assessments", List.of("assessmentId", "on", "findings", "summary"),
                                    assessments.stream().map(a -> List.of(a.assessmentId(), a.on().toString(),
                                                                          Integer.toString(a.findings()),
                                                                          text(a.summary()))).toList()));
            tables.add(new Table("deployments", List.of("deploymentId", "sector", "component", "agency", "start",
                                                        "end", "booked", "personDays"),
                                 deployments.stream().map(d -> List.of(d.deploymentId(), d.sector(), d.component(),
                                                                       d.agency(), d.start().toString(),
                                                                       d.end().toString(),
                                                                       Boolean.toString(d.booked()),
                                                                       Long.toString(d.personDays()))).toList()));
            tables.add(new Table("money", List.of("on", "sourceId", "entry", "kind", "sector", "amount"),
                                 money.stream().map(m -> List.of(m.on().toString(), m.sourceId(), text(m.entry()),
                                                                 m.kind(), m.sector(), m.amount())).toList()));
        }
        return tables;
    }

    private List<Table> tablesOfTheCaseFile() {
        return List.of(
                new Table("report", List.of("report", "caseId", "edition", "position", "hash"),
                          List.of(List.of(report.kind(), caseId, edition.word(), Long.toString(builtFrom.position()),
                                          builtFrom.hash()))),
                new Table("case", List.of("caseId", "title", "country", "sensitivity", "stage", "leadBody",
                                          "openedOn", "outcome"),
                          List.of(List.of(caseId, title, country, sensitivity, stage, leadBody, openedOn.toString(),
                                          text(outcome)))),
                new Table("stages", List.of("on", "from", "to", "reason"),
                          stages.stream().map(s -> List.of(s.on().toString(), text(s.from()), s.to(),
                                                           text(s.reason()))).toList()),
                new Table("decisions", List.of("decisionId", "takenOn", "decidingBody", "authority", "decision",
                                               "rationale", "assessment", "supersedes", "supersededBy",
                                               "corrected", "sensitivity"),
                          decisions.stream().map(d -> List.of(d.decisionId(), d.takenOn().toString(),
                                                              d.decidingBody(), d.authority(), d.decision(),
                                                              d.rationale(), text(d.assessment()),
                                                              text(d.supersedes()), text(d.supersededBy()),
                                                              Boolean.toString(d.corrected()), d.sensitivity()))
                                   .toList()),
                new Table("corrections", List.of("on", "correctsEventId", "correctedEntryType", "reason",
                                                 "correctedText", "user"),
                          corrections.stream().map(c -> List.of(c.on().toString(), c.correctsEventId(),
                                                                c.correctedEntryType(), c.reason(),
                                                                text(c.correctedText()), text(c.user()))).toList()),
                new Table("handovers", List.of("handoverId", "fromBody", "toBody", "status", "effectiveOn"),
                          handovers.stream().map(h -> List.of(h.handoverId(), h.fromBody(), h.toBody(), h.status(),
                                                              h.effectiveOn() == null ? "" : h.effectiveOn()
                                                                                               .toString()))
                                   .toList()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
