package org.casebook.console.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casebook.command.Receipt;
import org.casebook.command.reporting.ReportSubmissions;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.console.Shown;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.query.reporting.Editions;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.Reports;
import org.casebook.query.reporting.ReportsEndpoint;
import org.casebook.query.reporting.activity.FiscalPeriod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports in the browser: the activity report of a fiscal period offered from the record (the years and quarters
 * in which something it counts took effect), previewed in the page as its files show it, downloaded as the API
 * gives it, and submitted as the API submits it. The preview, its downloads and its submission are all of the
 * record as it stood when the preview was built ({@code asOf}), so what is submitted is what was read.
 */
@Controller
public record ReportsScreen(Reports reports, ReportsEndpoint files, ReportSubmissions submissions, Shown shown) {

    @GetMapping("/reports")
    public String reports(@RequestParam(required = false) String period,
                          @RequestParam(required = false) String edition, Authentication caller, Model model) {
        List<FiscalPeriod> offered = reports.periodsWithEntries(null);
        FiscalPeriod chosen = offered.stream().filter(p -> p.label().equals(period)).findFirst().orElse(null);
        // an edition the page did not offer (an address typed by hand) is the standard one, as a filter is ignored
        Map<String, String> editions = editions(caller);
        ReportEdition named = Editions.requested(editions.containsKey(edition) ? edition : null, caller);
        model.addAttribute("periods", byYear(offered));
        model.addAttribute("period", chosen == null ? "" : chosen.label());
        model.addAttribute("edition", named.word());
        model.addAttribute("editions", editions);
        if (chosen != null) {
            Report report = reports.build(new ReportSubject.Period(chosen.label()), null, named);
            model.addAttribute("preview", ReportPreview.of(report, reports.stoodAt(report.builtFrom()), shown::country));
            model.addAttribute("version", "");
            model.addAttribute("key", UUID.randomUUID().toString());
        }
        return "reports";
    }

    /**
     * The activity report as a file, exactly as {@code GET /api/reports/activity} gives it for the same period,
     * position and edition (the API's own endpoint answers).
     */
    @GetMapping("/reports/activity/file")
    public ResponseEntity<byte[]> activity(@RequestParam String period, @RequestParam String format,
                                           @RequestParam(required = false) Long asOf,
                                           @RequestParam(required = false) String edition, Authentication caller) {
        return files.activity(period, format, asOf, edition, caller);
    }

    /** A case's summary report as a file, exactly as {@code GET /api/crises/{id}/report} gives it. */
    @GetMapping("/cases/{id}/report")
    public ResponseEntity<byte[]> caseSummary(@PathVariable String id, @RequestParam(defaultValue = "pdf") String format,
                                              Authentication caller) {
        return files.caseSummary(id, format, null, null, caller);
    }

    /**
     * Submits the activity report the page previewed, as {@code POST /api/reports/activity/submissions} does; the
     * form's idempotency key makes a double click one submission. Then the submissions, with this one read.
     */
    @PostMapping("/reports/activity/submissions")
    public String submit(@RequestParam String period, @RequestParam(required = false) Long asOf,
                         @RequestParam(required = false) String edition, Authentication caller) {
        ReportSubject subject = new ReportSubject.Period(reports.period(period).label());
        Receipt receipt = submissions.submit(subject, asOf, Editions.requested(edition, caller), new CommandRequest(
                CommandRequestResolver.actor(caller), null, false, null), caller);
        return "redirect:/reports/submissions?after=" + receipt.position() + "&submitted=" + receipt.id();
    }

    /** The periods offered, under their fiscal years: "FY2026-Q1" as "Q1: 1 Oct 2025 to 31 Dec 2025". */
    private Map<String, Map<String, String>> byYear(List<FiscalPeriod> periods) {
        Map<String, Map<String, String>> years = new LinkedHashMap<>();
        for (FiscalPeriod period : periods) {
            String days = shown.days(period.start(), period.end().minusDays(1));
            String year = period.wholeYear() ? period.label() : period.label().substring(0, period.label().indexOf('-'));
            years.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(period.label(), period.wholeYear()
                    ? "Fiscal year " + period.label() + ": " + days
                    : period.label().substring(year.length() + 1) + " " + year + ": " + days);
        }
        return years;
    }

    /** The editions the reader may read: the SBU one only for an account cleared for SBU. */
    private static Map<String, String> editions(Authentication caller) {
        Map<String, String> editions = new LinkedHashMap<>();
        editions.put(ReportEdition.STANDARD.word(), "Standard (SBU text withheld)");
        if (ReportEdition.SBU.isFor(AuthorityUtils.authorityListToSet(caller.getAuthorities()))) {
            editions.put(ReportEdition.SBU.word(), "SBU (with SBU text, not for wide distribution)");
        }
        return editions;
    }
}
