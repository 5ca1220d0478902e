package org.casebook.query.brief;

import java.util.List;
import java.util.function.Function;

import org.casebook.query.casefile.CaseFile;
import org.casebook.query.staffing.CaseStaffing;
import org.springframework.web.util.HtmlUtils;

/** A handover brief as a printable HTML page: the same content as its JSON, with its digest in the footer. */
final class BriefPage {

    private static final String STYLE = "body{font-family:Georgia,serif;max-width:50em;margin:2em auto;color:#111}"
            + "h1{font-size:1.5em}h2{font-size:1.1em;border-bottom:1px solid #999;margin-top:1.5em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.3em;text-align:left;"
            + "vertical-align:top}footer{margin-top:2em;font-size:.8em;color:#444}"
            + "@media print{body{margin:0}}";

    private BriefPage() {
    }

    static String render(HandoverBrief b) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Handover brief ")
            .append(e(b.handoverId())).append(" – ").append(e(b.title())).append("</title><style>").append(STYLE)
            .append("</style></head><body>");
        html.append("<h1>Handover brief ").append(e(b.handoverId())).append(": ").append(e(b.title())).append("</h1>");
        html.append("<p>").append(e(b.sensitivity().name())).append(" · ").append(e(b.country())).append(" · stage ")
            .append(e(b.stage().name())).append("</p>");
        html.append("<p>Proposed by ").append(e(b.proposedBy())).append(" of ").append(e(b.fromBody()))
            .append(" on ").append(e(b.proposedAt().toString())).append(": the lead of ")
            .append(b.sectors().isEmpty() ? "the whole case" : e("sectors " + b.sectors())).append(" to ")
            .append(e(b.toBody()))
            .append(b.receivingCoordinator() == null ? "" : " (for " + e(b.receivingCoordinator()) + ")")
            .append(", from ").append(e(b.proposedEffectiveOn().toString())).append(".</p>");
        html.append("<h2>Current assessment</h2>");
        CaseFile.Assessment assessment = b.currentAssessment();
        if (assessment == null) {
            html.append("<p>None recorded.</p>");
        } else {
            html.append("<p>").append(e(assessment.assessmentId())).append(" (")
                .append(e(assessment.entry().effectiveAt().toString())).append("): ").append(e(assessment.summary()))
                .append("</p>");
            table(html, List.of("Finding", "Text"), assessment.findings(),
                  f -> List.of(f.type().name(), f.text()));
        }
        html.append("<h2>Decisions (last 90 days, and all still standing)</h2>");
        table(html, List.of("Decision", "Taken", "By", "Decision and rationale", "Standing"), b.decisions(),
              d -> List.of(d.decisionId(), d.entry().effectiveAt().toString(), d.decidingBody(),
                           d.decision() + " Rationale: " + d.rationale(),
                           d.superseded() ? "superseded by " + d.supersededBy() : "standing"));
        html.append("<h2>Open items</h2>");
        table(html, List.of("Item", "Owner"), b.openItems(), o -> List.of(o.item(), o.owner()));
        html.append("<h2>Risks</h2><ul>");
        b.risks().forEach(risk -> html.append("<li>").append(e(risk)).append("</li>"));
        html.append("</ul><h2>Deployments under way or approved</h2>");
        table(html, DEPLOYMENT, b.activeDeployments(), BriefPage::deployment);
        html.append("<h2>Deployments requested</h2>");
        table(html, DEPLOYMENT, b.pendingDeployments(), BriefPage::deployment);
        html.append("<h2>Funds obligated, not yet disbursed: ").append(e(b.totalObligatedNotDisbursed()))
            .append(" USD</h2>");
        table(html, List.of("Source", "Obligation", "Project", "Sector", "Obligated", "Disbursed", "Remaining"),
              b.obligatedNotDisbursed(), o -> List.of(o.sourceId(), o.obligation(), o.project(), o.sector().name(),
                                                      o.obligated(), o.disbursed(), o.remaining()));
        html.append("<footer>Built from the record up to journal position ").append(b.position())
            .append(". Digest (SHA-256): <code>").append(e(b.digest())).append("</code></footer></body></html>");
        return html.toString();
    }

    private static final List<String> DEPLOYMENT = List.of("Deployment", "Responder", "Role", "Sector", "From",
                                                           "To", "Status");

    private static List<String> deployment(CaseStaffing.Deployment d) {
        return List.of(d.id(), d.responderId(), d.role(), d.sector().name(), d.start().toString(), d.end().toString(),
                       d.status().name());
    }

    private static <T> void table(StringBuilder html, List<String> headings, List<T> rows,
                                  Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            html.append("<p>None.</p>");
            return;
        }
        html.append("<table><tr>");
        headings.forEach(heading -> html.append("<th>").append(e(heading)).append("</th>"));
        html.append("</tr>");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(cell -> html.append("<td>").append(e(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
