package org.casebook.query.board;

import java.time.Instant;

import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.Positioned;

/**
 * One case on the status board. {@code openedAt} is when the case was opened in the world (effective time);
 * {@code lastActivityAt} when its latest entry was recorded, at journal {@code position}.
 */
public record BoardRow(
        String id,
        String title,
        String country,
        Stage stage,
        Sensitivity sensitivity,
        String leadBody,
        String leadCoordinator,
        Instant openedAt,
        Instant lastActivityAt,
        int decisionCount,
        String latestDecision,
        long position) implements Positioned {
}
