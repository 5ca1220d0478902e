package org.casebook.query.standing;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.query.Views;
import org.casebook.query.board.BoardQueries;
import org.casebook.query.casefile.CaseFileQueries;
import org.junit.jupiter.api.Test;

/** The board and the case file read what the one enricher of standings says it reads, after their own view. */
class CaseStandingsTest {

    @Test
    void a_read_with_standings_waits_for_its_own_view_then_for_those_the_standings_read() {
        assertThat(CaseStandings.READS).containsExactly(Views.STAFFING, Views.FUNDS);
        assertThat(BoardQueries.READS).containsExactly(Views.BOARD, Views.STAFFING, Views.FUNDS);
        assertThat(CaseFileQueries.READS).containsExactly(Views.CASE_FILE, Views.STAFFING, Views.FUNDS);
    }
}
