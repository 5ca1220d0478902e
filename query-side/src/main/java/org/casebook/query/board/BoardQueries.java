package org.casebook.query.board;

import java.util.List;
import java.util.Map;

import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.overdue.OverdueFlags;
import org.casebook.query.standing.CaseStandings;
import org.casebook.query.standing.CaseStandings.CaseFacts;
import org.springframework.stereotype.Component;

/** Answers the live status board: a page of rows, each with its case's standing. */
@Component
public record BoardQueries(BoardProjection board, CaseStandings standings, OverdueFlags flags) {

    /** The views a board reads: its own, and those of the standings. */
    public static final List<String> READS = CaseStandings.reading(Views.BOARD);

    /**
     * The rows (not yet shown to a reader: pass them through {@code NeedToKnow.rows}) of the cases that need
     * {@code body}'s attention, most recently active first, at most {@code most}: a handover proposed to it awaits
     * its answer, or it leads the case and the case is flagged escalated or assessment overdue, by the board's own
     * flags.
     */
    public List<BoardRow> needingAttentionOf(String body, int most) {
        return board.needingAttentionOf(body, flags.reviewDue(), most);
    }

    /**
     * One page of the board (pages count from 0) as {@code filter} asks; {@code cleared} says whether the reader
     * reads SBU titles (they find and order cases by title only if so).
     */
    public BoardPage page(BoardFilter filter, boolean cleared, int number, int size) {
        ViewStore.Page<BoardRow> page = board.page(filter, cleared, flags.reviewDue(), number, size);
        Map<String, CaseStandings.Standing> ofCases = standings.of(page.items().stream().map(row -> new CaseFacts(
                row.id(), row.stage(), row.assessedAt(), row.pendingHandovers().stream()
                        .map(h -> new OverdueFlags.Pending(h.proposedAt(), h.escalated())).toList())).toList());
        List<CaseOnBoard> items = page.items().stream().map(row -> new CaseOnBoard(row, ofCases.get(row.id())))
                                      .toList();
        return new BoardPage(items, number, size, page.total());
    }
}
