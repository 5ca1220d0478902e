package org.casebook.command.deployment;

import org.casebook.command.Rule;

/** The rules of a deployment's lifecycle; clients see the rule's name (such as {@code not-awaiting-an-answer}). */
public enum DeploymentRule implements Rule {
    /** Only a request that has not been answered is approved, declined or withdrawn. */
    NOT_AWAITING_AN_ANSWER,
    /** Only an approved deployment starts, is rescheduled or is cancelled. */
    NOT_APPROVED,
    /** Only an approved or started deployment is extended, and only a started one ends. */
    NOT_UNDER_WAY,
    /** An extension ends later than the deployment does now. */
    EXTENSION_MUST_END_LATER,
    /** A deployment starts on a day of its period (the day its start takes effect); earlier needs a reschedule. */
    START_OUTSIDE_PERIOD,
    /** A deployment ends on a day it was under way: from the day it started to the end of its period. */
    END_OUTSIDE_PERIOD,
    /** Declining, withdrawing, cancelling or rescheduling a deployment needs a reason. */
    ANSWER_NEEDS_REASON;
}
