package org.casebook.query.board;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.Stage;
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

    /** One page of the board (pages count from 0); {@code stage} and {@code country} filter when not null. */
    public BoardPage page(Stage stage, CountryCode country, int number, int size) {
        Document filter = new Document();
        if (stage != null) {
            filter.append("stage", stage.name());
        }
        if (country != null) {
            filter.append("country", country.value());
        }
        Document mostRecentFirst = new Document("position", -1);
        ViewStore.Page<BoardRow> page = rows.page(filter, mostRecentFirst, number * size, size);
        Map<String, CaseStandings.Standing> ofCases = standings.of(page.items().stream().map(row -> new CaseFacts(
                row.id(), row.stage(), row.assessedAt(), row.pendingHandovers().stream()
                        .map(h -> new OverdueFlags.Pending(h.proposedAt(), h.escalated())).toList())).toList());
        List<CaseOnBoard> items = page.items().stream().map(row -> new CaseOnBoard(row, ofCases.get(row.id())))
                                      .toList();
        return new BoardPage(items, number, size, page.total());
    }
}
