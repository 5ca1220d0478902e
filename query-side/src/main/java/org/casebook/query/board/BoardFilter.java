package org.casebook.query.board;

import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.Stage;

/**
 * Which cases a board shows, and in what order: each part narrows only when given.
 *
 * @param stage    the cases in this stage
 * @param country  the cases in this country
 * @param leadBody the cases this body leads
 * @param flag     the cases that need this attention ({@code handover-pending}, {@code handover-escalated},
 *                 {@code assessment-overdue}, as {@link org.casebook.query.overdue.OverdueFlags} names them)
 * @param title    the cases whose title holds this text, in any case of letters; a reader not cleared for SBU
 *                 finds no SBU case by its title, which is withheld from them
 * @param order    the order of the rows
 */
public record BoardFilter(Stage stage, CountryCode country, String leadBody, String flag, String title, Order order) {

    /** Every case, most recently active first. */
    public static final BoardFilter ALL = new BoardFilter(null, null, null, null, null, Order.ACTIVITY);

    public BoardFilter {
        leadBody = blankToNull(leadBody);
        flag = blankToNull(flag);
        title = blankToNull(title);
        order = order == null ? Order.ACTIVITY : order;
    }

    /** The orders of a board. */
    public enum Order {
        /** Most recently active first. */
        ACTIVITY,
        /** Longest without activity first: what may have been forgotten. */
        QUIET,
        /** By title, A to Z; a reader not cleared for SBU sees SBU cases after the others, most recent first. */
        TITLE,
        /** Most recently opened first (in the world: effective time). */
        OPENED
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
