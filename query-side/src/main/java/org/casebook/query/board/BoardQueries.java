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
import org.casebook.query.resources.CaseResources;
import org.springframework.stereotype.Component;

/** Answers the live status board: a page of rows, each with the people and money of its case. */
@Component
public class BoardQueries {

    private final ViewStore<BoardRow> rows;
    private final CaseResources resources;
    private final OverdueFlags overdue;

    public BoardQueries(ViewGenerations generations, CaseResources resources, OverdueFlags overdue) {
        this.rows = new ViewStore<>(generations.liveCollections(Views.BOARD), BoardProjection.COLLECTIONS.get(0),
                                    BoardRow.class);
        this.resources = resources;
        this.overdue = overdue;
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
        Map<String, CaseResources.Resources> ofCases = resources.of(page.items().stream().map(BoardRow::id)
                                                                        .toList());
        List<CaseOnBoard> items = page.items().stream().map(row -> {
            CaseResources.Resources of = ofCases.get(row.id());
            OverdueFlags.Flags flags = overdue.of(row.stage(), row.assessedAt(), row.pendingHandovers().stream()
                    .map(h -> new OverdueFlags.Pending(h.proposedAt(), h.escalated())).toList());
            return new CaseOnBoard(row, of.peopleDeployed(), of.fundsObligated(), flags.flags(),
                                   flags.handoverPendingHours());
        }).toList();
        return new BoardPage(items, query.page(), query.size(), page.total());
    }
}
