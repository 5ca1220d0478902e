package org.casebook.query.board;

import java.util.List;

/** One page of the status board, most recently active cases first; {@code total} counts all matching cases. */
public record BoardPage(List<CaseOnBoard> items, int page, int size, long total) {
}
