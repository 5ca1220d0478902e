package org.casebook.kernel.crisis;

/** The entries of one case in order, from its sequence number {@code from} (0 is the opening), at most {@code limit}. */
public record FindTimeline(CrisisId crisisId, long from, int limit) {
}
