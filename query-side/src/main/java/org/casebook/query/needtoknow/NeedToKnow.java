package org.casebook.query.needtoknow;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.casebook.kernel.Clearance;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.query.board.BoardPage;
import org.casebook.query.board.BoardRow;
import org.casebook.query.board.CaseOnBoard;
import org.casebook.query.brief.HandoverBrief;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.casefile.CaseFileQueries;
import org.casebook.query.casefile.CurrentCaseFile;
import org.casebook.query.funds.CaseFunds;
import org.casebook.query.funds.FundsLedger;
import org.casebook.query.handover.HandoverPage;
import org.casebook.query.roster.ResponderOnRoster;
import org.casebook.query.roster.RosterResponder;
import org.casebook.query.roster.RosterPage;
import org.casebook.query.staffing.CaseStaffing;
import org.casebook.query.timeline.TimelinePage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * Applies {@link Clearance} on every read path, in one place: a caller cleared for SBU reads everything; anyone
 * else reads SBU entries, and everything of an SBU case, with their metadata and {@link Clearance#WITHHELD} for
 * their text. Each read endpoint passes what it answers through here.
 */
@Component
public record NeedToKnow(CaseFileQueries files) {

    public static boolean cleared(Authentication caller) {
        return caller != null && Clearance.holdsSbu(AuthorityUtils.authorityListToSet(caller.getAuthorities()));
    }

    /** What the caller may not read of a case whose complete file is at hand (as of a moment, for instance). */
    public static Withheld of(Authentication caller, CaseFile file) {
        return cleared(caller) || file == null ? Withheld.NOTHING : Withheld.from(file);
    }

    /** The same, folding the complete file only for a caller who is not cleared (the cleared read everything). */
    public static Withheld of(Authentication caller, Supplier<CaseFile> file) {
        return cleared(caller) ? Withheld.NOTHING : of(caller, file.get());
    }

    /**
     * What the caller may not read of a case, learnt from its current case file; the whole case when that file
     * cannot be read (its view has not caught up), so that nothing slips through.
     */
    public Withheld ofCase(Authentication caller, String caseId) {
        if (cleared(caller)) {
            return Withheld.NOTHING;
        }
        return files.find(new CaseId(caseId)).map(current -> Withheld.from(current.file()))
                      .orElse(new Withheld(true, Set.of(), 0));
    }

    public static CaseFile caseFile(Authentication caller, CaseFile file) {
        return of(caller, file).caseFile(file);
    }

    public static CurrentCaseFile caseFile(Authentication caller, CurrentCaseFile current) {
        return new CurrentCaseFile(caseFile(caller, current.file()), current.standing());
    }

    public TimelinePage timeline(Authentication caller, TimelinePage page) {
        if (cleared(caller)) {
            return page;
        }
        return new TimelinePage(page.caseId(), page.from(), page.limit(),
                                ofCase(caller, page.caseId()).lines(page.entries()), page.next());
    }

    public static List<BoardRow> rows(Authentication caller, List<BoardRow> rows) {
        boolean cleared = cleared(caller);
        return rows.stream().map(row -> row(cleared, row)).toList();
    }

    public static BoardPage board(Authentication caller, BoardPage page) {
        boolean cleared = cleared(caller);
        return new BoardPage(page.items().stream().map(item -> new CaseOnBoard(row(cleared, item.row()),
                                                                               item.standing())).toList(),
                             page.page(), page.size(), page.total());
    }

    public static HandoverBrief brief(Authentication caller, HandoverBrief brief) {
        return brief(cleared(caller), brief);
    }

    /**
     * A brief: all its text when its case is SBU, else the text of its SBU decisions, sealed again with the digest
     * of what is shown (the digest of the whole would let a reader confirm a guess at the text withheld).
     */
    public static HandoverBrief brief(boolean cleared, HandoverBrief brief) {
        if (cleared) {
            return brief;
        }
        HandoverBrief shown = brief.sensitivity() == Sensitivity.SBU ? Withholding.texts(brief)
                : brief.withDecisions(Withheld.markedSbu(brief.decisions()));
        return shown.equals(brief) ? brief : shown.sealed();
    }

    public HandoverPage handovers(Authentication caller, HandoverPage page) {
        if (cleared(caller)) {
            return page;
        }
        SbuCases sbu = new SbuCases(caller);
        return new HandoverPage(page.items().stream()
                                    .map(item -> sbu.of(item.caseId()).briefDigests(
                                            sbu.contains(item.caseId()) ? Withholding.texts(item) : item))
                                    .toList(), page.page(), page.size(), page.total());
    }

    public FundsLedger ledger(Authentication caller, FundsLedger ledger) {
        if (cleared(caller)) {
            return ledger;
        }
        SbuCases sbu = new SbuCases(caller);
        return new FundsLedger(ledger.sourceId(), ledger.authority(), ledger.fiscalYear(), ledger.currency(),
                               ledger.cap(), ledger.totals(), ledger.remaining(), ledger.byCase(),
                               ledger.bySector(), ledger.movements().stream()
                                       .map(m -> m.caseId() != null && sbu.contains(m.caseId())
                                               ? Withholding.texts(m) : m).toList(),
                               ledger.version(), ledger.position(), titles(ledger.caseTitles(), sbu));
    }

    /** Case titles by case id, each withheld where its case is SBU. */
    private static Map<String, String> titles(Map<String, String> titles, SbuCases sbu) {
        Map<String, String> shown = new LinkedHashMap<>();
        titles.forEach((caseId, title) -> shown.put(caseId, sbu.contains(caseId) ? Clearance.WITHHELD : title));
        return Collections.unmodifiableMap(shown);
    }

    public CaseFunds caseFunds(Authentication caller, CaseFunds funds) {
        return cleared(caller) || !ofCase(caller, funds.caseId()).wholeCase() ? funds : Withholding.texts(funds);
    }

    public CaseStaffing staffing(Authentication caller, CaseStaffing staffing) {
        return cleared(caller) || !ofCase(caller, staffing.caseId()).wholeCase() ? staffing
                : Withholding.texts(staffing);
    }

    /**
     * A board row: all its text when its case is SBU, else its latest decision's when that is SBU, or of unknown
     * marking (a row stored before rows kept it, until the board is rebuilt).
     */
    public RosterPage roster(Authentication caller, RosterPage page) {
        if (cleared(caller)) {
            return page;
        }
        SbuCases sbu = new SbuCases(caller);
        return new RosterPage(page.items().stream().map(item -> bookings(item, sbu)).toList(), page.page(),
                              page.size(), page.total());
    }

    public ResponderOnRoster responder(Authentication caller, ResponderOnRoster responder) {
        return cleared(caller) ? responder : bookings(responder, new SbuCases(caller));
    }

    /** A responder's bookings on SBU cases, with what they do there withheld. */
    private static ResponderOnRoster bookings(ResponderOnRoster responder, SbuCases sbu) {
        RosterResponder entry = responder.responder();
        RosterResponder.Booking current = responder.currentDeployment();
        return new ResponderOnRoster(
                entry.withBookings(entry.bookings().stream()
                                        .map(booking -> sbu.contains(booking.caseId())
                                                ? Withholding.texts(booking) : booking).toList()),
                current == null || !sbu.contains(current.caseId()) ? current : Withholding.texts(current),
                responder.deployedDays());
    }

    private static BoardRow row(boolean cleared, BoardRow row) {
        if (cleared) {
            return row;
        }
        if (row.sensitivity() == Sensitivity.SBU) {
            return Withholding.texts(row);
        }
        return row.latestDecision() == null || row.latestDecisionSensitivity() == Sensitivity.UNCLASSIFIED ? row
                : row.withLatestDecision(Clearance.WITHHELD);
    }

    /** What is withheld of each case of one answer, each looked up once. */
    private final class SbuCases {
        private final Authentication caller;
        private final Map<String, Withheld> known = new HashMap<>();

        SbuCases(Authentication caller) {
            this.caller = caller;
        }

        Withheld of(String caseId) {
            return known.computeIfAbsent(caseId, id -> ofCase(caller, id));
        }

        boolean contains(String caseId) {
            return of(caseId).wholeCase();
        }
    }
}
