package org.casebook.kernel.handover;

/**
 * Handovers across cases, most recently proposed first, in pages; {@code status} (PENDING, ACCEPTED, DECLINED,
 * WITHDRAWN, LAPSED) null for all.
 */
public record FindHandovers(String status, int page, int size) {
}
