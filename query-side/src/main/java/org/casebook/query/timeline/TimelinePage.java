package org.casebook.query.timeline;

import java.util.List;

/** A stretch of a case's timeline from sequence {@code from}; {@code next} is where the following page starts. */
public record TimelinePage(String caseId, long from, int limit, List<TimelineEntry> entries, Long next) {
}
