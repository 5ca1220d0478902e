package org.casebook.query.history;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.journal.json.JournalJson;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.RecordedEntry;
import org.casebook.query.board.BoardRow;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.casefile.CaseFileFold;
import org.casebook.query.needtoknow.Withheld;
import org.casebook.query.timeline.TimelineEntry;
import org.casebook.query.timeline.TimelineFold;
import org.springframework.stereotype.Component;

/**
 * The views as they were: built in memory with the very folds that keep the live views, over the entries a moment
 * {@link AsOf} includes, from the case history the journal feeds (see {@link CaseHistory}).
 */
@Component
public record TimeTravel(CaseHistory history) {

    private static final ObjectMapper JSON = JournalJson.newMapper();

    /** The case file as of a moment; empty if the case was not opened by then. */
    public Optional<CaseFile> caseFile(String caseId, AsOf asOf) {
        return Optional.ofNullable(history.asOf(caseId, asOf, FoldedView.CASE_FILE));
    }

    /** The status board as of a moment, most recently active first. */
    public List<BoardRow> board(AsOf asOf, Stage stage, CountryCode country) {
        return history.caseIds().stream()
                      .map(caseId -> history.asOf(caseId, asOf, FoldedView.BOARD))
                      .filter(Objects::nonNull)
                      .filter(row -> stage == null || row.stage() == stage)
                      .filter(row -> country == null || row.country().equals(country.value()))
                      .sorted(Comparator.comparingLong(BoardRow::position).reversed())
                      .toList();
    }

    /**
     * What changed in a case between two moments on the same clock: the entries, and the case file field by
     * field. {@code withheld} says, from the case's whole file, what the reader may not read; the files are
     * compared as the reader may see them, so a change of withheld text shows as no change.
     */
    public Optional<CaseDiff> diff(String caseId, AsOf from, AsOf to, Function<CaseFile, Withheld> withheld) {
        List<RecordedEntry> entries = history.entries(caseId);
        Withheld hidden = withheld.apply(fold(entries, AsOf.position(Long.MAX_VALUE), CaseFileFold::apply));
        CaseFile before = hidden.caseFile(fold(entries, from, CaseFileFold::apply));
        CaseFile after = hidden.caseFile(fold(entries, to, CaseFileFold::apply));
        if (before == null && after == null) {
            return Optional.empty();
        }
        List<TimelineEntry> added = hidden.lines(entries.stream()
                .filter(entry -> to.includes(entry) && !from.includes(entry)).map(TimelineFold::line).toList());
        List<TimelineEntry> removed = hidden.lines(entries.stream()
                .filter(entry -> from.includes(entry) && !to.includes(entry)).map(TimelineFold::line).toList());
        return Optional.of(new CaseDiff(caseId, from.toString(), to.toString(), added, removed,
                                        JsonDiff.between(JSON.valueToTree(before), JSON.valueToTree(after))));
    }

    /**
     * What was known when a decision was recorded: the case file just before it (with the assessment current
     * then), and the entries recorded after it that took effect before it: what the deciders could not know.
     * {@code withheld} says, from the case's whole file, what the reader may not read.
     */
    public Optional<DecisionContext> knownAtDecision(String caseId, String decisionId,
                                                     Function<CaseFile, Withheld> withheld) {
        List<RecordedEntry> entries = history.entries(caseId);
        Optional<RecordedEntry> decision = entries.stream()
                .filter(entry -> entry.event() instanceof DecisionRecorded recorded
                        && recorded.decisionId().value().equals(decisionId))
                .findFirst();
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        RecordedEntry taken = decision.get();
        Withheld hidden = withheld.apply(fold(entries, AsOf.position(Long.MAX_VALUE), CaseFileFold::apply));
        CaseFile before = hidden.caseFile(fold(entries, AsOf.position(taken.position() - 1), CaseFileFold::apply));
        List<TimelineEntry> late = hidden.lines(entries.stream()
                .filter(entry -> entry.position() > taken.position()
                        && entry.effectiveAt().isBefore(taken.effectiveAt()))
                .map(TimelineFold::line).toList());
        return Optional.of(new DecisionContext(caseId, decisionId, hidden.line(TimelineFold.line(taken)), before,
                                               before.currentAssessment(), late));
    }

    /** A case's state as of a moment: the fold of the entries it includes, in recorded order. */
    static <T> T fold(List<RecordedEntry> entries, AsOf asOf, BiFunction<T, RecordedEntry, T> fold) {
        T state = null;
        for (RecordedEntry entry : entries) {
            if (asOf.excludesAllAfter(entry)) {
                break;
            }
            // Until its opening is included, the case did not exist yet, whatever else happened.
            if (asOf.includes(entry) && (state != null || entry.event() instanceof CrisisOpened)) {
                state = fold.apply(state, entry);
            }
        }
        return state;
    }

    /** The entries and field changes between two moments. */
    public record CaseDiff(String caseId, String from, String to, List<TimelineEntry> entriesAdded,
                           List<TimelineEntry> entriesRemoved, List<JsonDiff.Change> changes) {
    }

    /** What was known when a decision was recorded, and what arrived late. */
    public record DecisionContext(String caseId, String decisionId, TimelineEntry decision, CaseFile caseFileBefore,
                                  CaseFile.Assessment assessmentThen, List<TimelineEntry> lateEntries) {
    }
}
