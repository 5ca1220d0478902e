package org.casebook.query.board;

import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.casebook.kernel.crisis.FindStatusBoard;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.overdue.OverdueFlags;
import org.casebook.query.standing.CaseStandings;
import org.casebook.query.standing.CaseStandings.CaseFacts;
import org.springframework.stereotype.Component;

/** Answers the live status board: a page of rows, each with its case's standing. */
@Component
public class BoardQueries {

    /** The views a board reads: its own, and those of the standings. */
    public static final List<String> READS = CaseStandings.reading(Views.BOARD);

    private final ViewStore<BoardRow> rows;
    private final CaseStandings standings;

    public BoardQueries(ViewGenerations generations, CaseStandings standings) {
        this.rows = BoardProjection.VIEW.liveStore(generations, BoardProjection.ROWS, BoardRow.class);
        this.standings = standings;
    }

    @QueryHandler
    BoardPage handle(FindStatusBoard query) {
        Document filter = new Document();
        if (query.stage() != null) {
            filter.append("stage", query.stage().name());
        }
        if (query.country() != null) {
            filter.append("country", query.country().value());
        }
        Document mostRecentFirst = new Document("position", -1);
        ViewStore.Page<BoardRow> page = rows.page(filter, mostRecentFirst, query.page() * query.size(),
                                                  query.size());
        Map<String, CaseStandings.Standing> ofCases = standings.of(page.items().stream().map(row -> new CaseFacts(
                row.id(), row.stage(), row.assessedAt(), row.pendingHandovers().stream()
                        .map(h -> new OverdueFlags.Pending(h.proposedAt(), h.escalated())).toList())).toList());
        List<CaseOnBoard> items = page.items().stream().map(row -> new CaseOnBoard(row, ofCases.get(row.id())))
                                      .toList();
        return new BoardPage(items, query.page(), query.size(), page.total());
    }
}
