package org.casebook.query.reporting.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportPoint;
import org.casebook.query.reporting.files.Readable;

/**
 * The notice the committees receive before money moves: for one allocation or obligation of a funding source,
 * the source and its authority, the country, project, sector and amount, and the purpose, taken from the decision
 * that authorised the allocation (none if it names no decision). From layout 5
 * ({@link ReportLayout#NOTIFICATIONS_AS_SENT}) on it carries {@link #sent}: what was transmitted to the committees
 * and any waiver of the wait, and its case's title; before it, that is left out of every file.
 */
public record NotificationReport(
        ReportType report,
        ReportPoint builtFrom,
        ReportEdition edition,
        String sourceId,
        String authority,
        int fiscalYear,
        String entry,
        String kind,
        String allocation,
        String caseId,
        String country,
        String project,
        String sector,
        String amount,
        LocalDate recordedOn,
        String decisionId,
        String decidingBody,
        String decisionAuthority,
        LocalDate decidedOn,
        String purpose,
        @JsonInclude(JsonInclude.Include.NON_NULL) Sent sent) implements Report {

    /**
     * What the committees were sent for the allocation (the transmission fields are null while none was
     * transmitted), any waiver of the wait ({@code waived}, its circumstances, the day it took effect and the day
     * the notification was due by), and the case's title as the edition may show it.
     */
    public record Sent(String caseTitle, LocalDate transmittedOn, String account, List<String> committees,
                       Integer waitingDays, LocalDate earliestObligationOn, String amountNotified, String provided,
                       String purpose, String objectives, String otherFunds, String classification, boolean waived,
                       String waiverCircumstances, LocalDate waivedOn, LocalDate notifyBy) {
    }

    @Override
    public String topic() {
        return sourceId + "-" + entry;
    }

    @Override
    public String heading() {
        return "Notification of funds: " + entry + " of " + authority + ", FY" + fiscalYear;
    }

    @Override
    public List<String> summary() {
        return List.of(kind.substring(0, 1).toUpperCase() + kind.substring(1) + " of " + amount + " USD for "
                               + project + " in " + country + " (" + sector + ")",
                       "Purpose: " + (purpose == null ? "no authorising decision recorded" : purpose));
    }

    @Override
    public List<String> readableSummary() {
        String what = kind.substring(0, 1).toUpperCase() + kind.substring(1) + " of " + Readable.amount(amount)
                + " for " + project + " in " + country + " (" + Readable.words(sector) + ")";
        if (sent == null) {
            return List.of(what, "Purpose: " + (purpose == null ? "no authorising decision recorded" : purpose));
        }
        List<String> lines = new ArrayList<>(List.of(what + ", case " + sent.caseTitle()));
        lines.add("Purpose: " + (sent.purpose() != null ? sent.purpose()
                : purpose != null ? purpose : "no authorising decision recorded"));
        lines.add(sent.transmittedOn() == null ? "Not yet transmitted to the committees"
                : "Transmitted on " + sent.transmittedOn() + " to " + sent.committees().size() + " committee"
                        + (sent.committees().size() == 1 ? "" : "s") + "; money may be obligated from "
                        + sent.earliestObligationOn() + ", after a wait of " + sent.waitingDays() + " day"
                        + (sent.waitingDays() == 1 ? "" : "s"));
        if (sent.waived()) {
            lines.add("Wait waived on " + sent.waivedOn() + " in an emergency: " + sent.waiverCircumstances()
                              + " (notification due by " + sent.notifyBy() + ")");
        }
        return lines;
    }

    @Override
    public List<Table> tables() {
        List<String> header = new ArrayList<>(List.of(
                "sourceId", "authority", "fiscalYear", "entry", "kind", "allocation", "caseId", "country", "project",
                "sector", "amount", "recordedOn", "decisionId", "decidingBody", "decisionAuthority", "decidedOn",
                "purpose"));
        List<Object> values = new ArrayList<>(List.of(
                sourceId, authority, fiscalYear, entry, kind, text(allocation), caseId, country, project, sector, amount,
                recordedOn, text(decisionId), text(decidingBody), text(decisionAuthority), text(decidedOn),
                text(purpose)));
        List<Table> tables = new ArrayList<>(List.of(
                new Table("report", List.of("report", "edition", "position", "hash"),
                          List.of(List.of(report.kind(), edition.word(), Long.toString(builtFrom.position()),
                                          builtFrom.hash())))));
        tables.add(new Table("notification", header, List.of(values.stream().map(Object::toString).toList())));
        if (sent != null) {
            tables.add(new Table("transmitted", List.of(
                    "transmittedOn", "account", "committees", "waitingDays", "earliestObligationOn", "amountNotified",
                    "provided", "purpose", "objectives", "otherFunds", "classification"), List.of(List.of(
                    text(sent.transmittedOn()).toString(), text(sent.account()).toString(),
                    String.join("; ", sent.committees()), text(sent.waitingDays()).toString(),
                    text(sent.earliestObligationOn()).toString(), text(sent.amountNotified()).toString(),
                    text(sent.provided()).toString(), text(sent.purpose()).toString(),
                    text(sent.objectives()).toString(), text(sent.otherFunds()).toString(),
                    text(sent.classification()).toString()))));
            tables.add(new Table("waiver", List.of("waived", "circumstances", "waivedOn", "notifyBy"), List.of(List.of(
                    Boolean.toString(sent.waived()), text(sent.waiverCircumstances()).toString(),
                    text(sent.waivedOn()).toString(), text(sent.notifyBy()).toString()))));
            tables.add(new Table("case", List.of("caseId", "title"), List.of(List.of(caseId, sent.caseTitle()))));
        }
        return tables;
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }
}
