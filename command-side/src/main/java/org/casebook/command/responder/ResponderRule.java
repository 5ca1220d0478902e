package org.casebook.command.responder;

import org.casebook.command.Rule;

/** The rules a responder's record enforces; clients see the rule's name (such as {@code responder-is-retired}). */
public enum ResponderRule implements Rule {
    /** Skills come from the configured list ({@code casebook.responders.skills}). */
    SKILL_MUST_BE_KNOWN,
    /** A responder's longest tour is at most the limit of their component ({@code casebook.responders.tour-limits}). */
    TOUR_LONGER_THAN_COMPONENT_ALLOWS,
    /** Nothing changes on a retired responder. */
    RESPONDER_IS_RETIRED,
    /** Retiring a responder needs a reason. */
    RETIRING_NEEDS_REASON,
    /** A deployment asks for a skill the responder has. */
    RESPONDER_LACKS_SKILL,
    /** A responder is never booked on two deployments for overlapping days. */
    RESPONDER_DOUBLE_BOOKED,
    /** A responder is not booked on days they are unavailable, nor made unavailable on days they are booked. */
    RESPONDER_UNAVAILABLE,
    /** A tour longer than the responder's limit needs a reason to override it. */
    TOUR_LIMIT_EXCEEDED,
    /** A responder with a booking that has not ended cannot retire. */
    RESPONDER_IS_BOOKED;
}
