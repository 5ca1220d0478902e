package org.casebook.query.catalog;

import java.util.List;
import java.util.Set;

import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.query.ViewDefinition;
import org.casebook.query.Views;
import org.casebook.query.board.BoardProjection;
import org.casebook.query.casefile.CaseFileProjection;
import org.casebook.query.funds.FundsProjection;
import org.casebook.query.handover.HandoverProjection;
import org.casebook.query.history.CaseHistoryProjection;
import org.casebook.query.reporting.submission.SubmissionProjection;
import org.casebook.query.roster.RosterProjection;
import org.casebook.query.staffing.StaffingProjection;
import org.casebook.query.timeline.TimelineProjection;

/**
 * Every view, each by its one definition. Its processor, its projection's live instance ({@link LiveViews}), its
 * dead-letter queue, its rebuilds and checks, and the list of views are derived from this list.
 */
public final class ViewCatalog {

    public static final List<ViewDefinition<?>> ALL = List.of(
            BoardProjection.VIEW, CaseFileProjection.VIEW, TimelineProjection.VIEW, CaseHistoryProjection.VIEW,
            RosterProjection.VIEW, StaffingProjection.VIEW, FundsProjection.VIEW, HandoverProjection.VIEW,
            SubmissionProjection.VIEW);

    /**
     * The views whose documents fold events of more than one aggregate, so they run in one segment: events are
     * split among segments by aggregate, and only one aggregate's events keep their order across segments.
     * A case's funds start with its CrisisOpened (the case's stream) and take allocations from the funding source's
     * stream, skipping what is older than the document ({@code ViewStore.fold}); a case's staffing reads the
     * component a responder was registered with (the responder's stream) when a deployment (the case's) is requested.
     * Every other view keeps each document from one aggregate's events, in its order, in any number of segments.
     */
    public static final Set<String> ACROSS_AGGREGATES = Set.of(Views.FUNDS, Views.STAFFING);

    /** The names of the views, in the order of {@link #ALL}. */
    public static final List<String> NAMES = ALL.stream().map(ViewDefinition::name).toList();

    private ViewCatalog() {
    }

    /** How many segments {@code view} is split into, when the views are configured to have {@code segments}. */
    public static int segments(String view, int segments) {
        return ACROSS_AGGREGATES.contains(view) ? 1 : segments;
    }

    /** {@code view}, if it names a view; refused ({@link InvalidInput}, 400) otherwise. */
    public static String known(String view) {
        return definition(view).name();
    }

    /** The definition of the view {@code view}; refused ({@link InvalidInput}, 400) if there is none. */
    public static ViewDefinition<?> definition(String view) {
        return ALL.stream().filter(definition -> definition.name().equals(view)).findFirst()
                  .orElseThrow(() -> new InvalidInput("view", "no view " + view + "; the views are " + NAMES));
    }
}
