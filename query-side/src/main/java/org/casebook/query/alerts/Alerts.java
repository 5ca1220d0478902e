package org.casebook.query.alerts;

import java.util.ArrayList;
import java.util.List;

import org.casebook.query.Views;
import org.casebook.query.board.BoardQueries;
import org.casebook.query.board.BoardRow;
import org.casebook.query.board.BoardRow.PendingHandover;
import org.casebook.query.funds.FundsQueries;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.overdue.OverdueFlags;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The inbox of a body, for the API and the console alike: read from the status board's rows (the cases a body must
 * answer a handover of or leads, flagged by {@link OverdueFlags}) and the funding sources' caps, never from the
 * journal, so that a page's header can count it. Titles as the board shows them to the reader ({@link NeedToKnow}).
 */
@Component
public record Alerts(BoardQueries board, OverdueFlags flags, FundsQueries funds) {

    /** The views an inbox reads. */
    public static final List<String> READS = List.of(Views.BOARD, Views.FUNDS);

    /** The most cases an inbox reads: far more than a body can attend to at once. */
    static final int MOST_CASES = 1_000;

    /** What needs the attention of {@code body} (none for no body), as {@code caller} may read it. */
    public Inbox of(String body, Authentication caller) {
        if (body == null) {
            return Inbox.empty(null);
        }
        List<Inbox.HandoverAlert> toAnswer = new ArrayList<>();
        List<Inbox.HandoverAlert> escalated = new ArrayList<>();
        List<Inbox.OverdueAssessment> overdue = new ArrayList<>();
        for (BoardRow row : NeedToKnow.rows(caller, board.needingAttentionOf(body, MOST_CASES))) {
            boolean leads = body.equals(row.leadBody());
            for (PendingHandover handover : row.pendingHandovers()) {
                Inbox.HandoverAlert alert = new Inbox.HandoverAlert(row.id(), row.title(), handover.handoverId(),
                                                                    row.leadBody(), handover.toBody(),
                                                                    handover.proposedAt(), handover.escalated());
                if (handover.escalated() && (leads || body.equals(handover.toBody()))) {
                    escalated.add(alert);
                } else if (body.equals(handover.toBody())) {
                    toAnswer.add(alert);
                }
            }
            if (leads && flags.of(row.stage(), row.assessedAt(), List.of()).flags()
                              .contains(OverdueFlags.ASSESSMENT_OVERDUE)) {
                overdue.add(new Inbox.OverdueAssessment(row.id(), row.title(), row.assessedAt()));
            }
        }
        return new Inbox(body, List.copyOf(toAnswer), List.copyOf(escalated), List.copyOf(overdue),
                         funds.capsNearlyReached());
    }
}
