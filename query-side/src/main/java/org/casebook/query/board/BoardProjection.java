package org.casebook.query.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.query.overdue.OverdueFlags;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;

/** Keeps the status board: one document per case, folded by {@link BoardFold} (answered by {@link BoardQueries}). */
public class BoardProjection {

    /** One row per case. */
    public static final String ROWS = "view_board";
    public static final ViewDefinition<BoardProjection> VIEW = ViewDefinition.of(
            Views.BOARD, BoardProjection.class, in -> new BoardProjection(in.collections()), ROWS);

    private final ViewStore<BoardRow> rows;

    BoardProjection(ViewCollections collections) {
        this.rows = VIEW.store(collections, ROWS, BoardRow.class);
        rows.collection().createIndex(Indexes.descending("position"));
        rows.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("stage"), Indexes.descending("position")));
        rows.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("country"), Indexes.descending("position")));
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        rows.fold(entry.caseId(), entry.position(), current -> BoardFold.apply(current, entry));
    }

    /**
     * One page of the rows {@code filter} asks for, in its order (pages count from 0). An assessment is overdue when
     * it took effect before {@code reviewDue}; {@code cleared} says whether the reader reads SBU titles, which a
     * reader who does not can neither search nor sort by.
     */
    ViewStore.Page<BoardRow> page(BoardFilter filter, boolean cleared, Instant reviewDue, int number, int size) {
        List<Bson> matches = new ArrayList<>();
        if (filter.stage() != null) {
            matches.add(Filters.eq("stage", filter.stage().name()));
        }
        if (filter.country() != null) {
            matches.add(Filters.eq("country", filter.country().value()));
        }
        if (filter.leadBody() != null) {
            matches.add(Filters.eq("leadBody", filter.leadBody()));
        }
        if (filter.flag() != null) {
            matches.add(flagged(filter.flag(), reviewDue));
        }
        if (filter.title() != null) {
            matches.add(Filters.regex("title", Pattern.compile(Pattern.quote(filter.title()),
                                                                Pattern.CASE_INSENSITIVE)));
            if (!cleared) {
                matches.add(Filters.ne("sensitivity", Sensitivity.SBU.name()));
            }
        }
        Bson matching = matches.isEmpty() ? new Document() : Filters.and(matches);
        if (filter.order() == BoardFilter.Order.TITLE && !cleared) {
            return titlesAsShown(matching, number, size);
        }
        return rows.page(matching, sort(filter.order()), number * size, size);
    }

    /**
     * The rows of the cases that need {@code body}'s attention, most recently active first, at most {@code most}:
     * a handover proposed to it awaits its answer, or the body leads the case and it is flagged escalated or
     * assessment overdue (an assessment that took effect before {@code reviewDue}).
     */
    List<BoardRow> needingAttentionOf(String body, Instant reviewDue, int most) {
        Bson mine = Filters.or(
                Filters.eq("pendingHandovers.toBody", body),
                Filters.and(Filters.eq("leadBody", body),
                            Filters.or(flagged(OverdueFlags.HANDOVER_ESCALATED, reviewDue),
                                       flagged(OverdueFlags.ASSESSMENT_OVERDUE, reviewDue))));
        return rows.query(mine, sort(BoardFilter.Order.ACTIVITY), 0, most);
    }

    private static Bson flagged(String flag, Instant reviewDue) {
        return switch (flag) {
            case OverdueFlags.HANDOVER_PENDING -> Filters.exists("pendingHandovers.handoverId");
            case OverdueFlags.HANDOVER_ESCALATED -> Filters.eq("pendingHandovers.escalated", true);
            case OverdueFlags.ASSESSMENT_OVERDUE -> Filters.and(
                    Filters.eq("stage", Stage.OPERATIONS.name()),
                    Filters.or(Filters.eq("assessedAt", null), Filters.lt("assessedAt", reviewDue.toString())));
            default -> throw new IllegalArgumentException("no flag is called " + flag);
        };
    }

    private static Bson sort(BoardFilter.Order order) {
        return switch (order) {
            case ACTIVITY -> Sorts.descending("position");
            case QUIET -> Sorts.ascending("position");
            case TITLE -> Sorts.orderBy(Sorts.ascending("title"), Sorts.descending("position"));
            case OPENED -> Sorts.orderBy(Sorts.descending("openedAt"), Sorts.descending("position"));
        };
    }

    /**
     * By title for a reader who does not read SBU titles: the other cases by title, then the SBU cases most recent
     * first, so that no row's place tells what its withheld title begins with.
     */
    private ViewStore.Page<BoardRow> titlesAsShown(Bson matching, int number, int size) {
        Bson shown = Filters.and(matching, Filters.ne("sensitivity", Sensitivity.SBU.name()));
        Bson withheld = Filters.and(matching, Filters.eq("sensitivity", Sensitivity.SBU.name()));
        int skip = number * size;
        ViewStore.Page<BoardRow> first = rows.page(shown, sort(BoardFilter.Order.TITLE), skip, size);
        if (first.items().size() == size) {
            return new ViewStore.Page<>(first.items(), first.total() + rows.count(withheld));
        }
        List<BoardRow> items = new ArrayList<>(first.items());
        int withheldSkip = (int) Math.max(0, skip - first.total());
        ViewStore.Page<BoardRow> then = rows.page(withheld, sort(BoardFilter.Order.ACTIVITY), withheldSkip,
                                                  size - items.size());
        items.addAll(then.items());
        return new ViewStore.Page<>(items, first.total() + then.total());
    }
}
