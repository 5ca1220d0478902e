package org.casebook.query.casefile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case file as it stands now: the file, with the people deployed to the case, the money obligated for it, and
 * what needs attention ({@code flags}; {@code handoverPendingHours}: how long its oldest pending handover waits).
 */
public record CurrentCaseFile(@JsonUnwrapped CaseFile file, int peopleDeployed, String fundsObligated,
                              List<String> flags, Long handoverPendingHours) {
}
