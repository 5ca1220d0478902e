package org.casebook.query.board;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.ViewProgress;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.overdue.OverdueFlags;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status board: every case, filtered by stage, country, lead body, flag and words of the title, most recently
 * active first unless sorted otherwise, in pages.
 */
@RestController
@RequestMapping(path = "/api/crises", produces = MediaType.APPLICATION_JSON_VALUE)
public record BoardEndpoint(BoardQueries queries, ViewProgress progress) {

    /** The flags a board filters by, as {@link OverdueFlags} names them. */
    static final String FLAGS = OverdueFlags.HANDOVER_PENDING + "|" + OverdueFlags.HANDOVER_ESCALATED + "|"
            + OverdueFlags.ASSESSMENT_OVERDUE;

    @GetMapping
    public BoardPage board(@RequestParam(required = false) Stage stage,
                           @RequestParam(required = false) CountryCode country,
                           @RequestParam(required = false) @Size(max = Body.MAX_LENGTH) String lead,
                           @RequestParam(required = false) @Pattern(regexp = FLAGS, message = "must be "
                                   + "handover-pending, handover-escalated or assessment-overdue") String flag,
                           @RequestParam(required = false) @Size(max = 200) String title,
                           @RequestParam(defaultValue = "ACTIVITY") BoardFilter.Order sort,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                           @RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        progress.awaitPosition(BoardQueries.READS, after);
        return NeedToKnow.board(caller, queries.page(new BoardFilter(stage, country, lead, flag, title, sort),
                                                    NeedToKnow.cleared(caller), page, size));
    }
}
