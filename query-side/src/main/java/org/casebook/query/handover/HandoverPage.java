package org.casebook.query.handover;

import java.util.List;

/** A page of handovers across cases, with how many there are in all. */
public record HandoverPage(List<HandoverRecord> items, int page, int size, long total) {
}
