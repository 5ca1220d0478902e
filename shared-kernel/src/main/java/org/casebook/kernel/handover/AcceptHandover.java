package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;

/**
 * The receiving side takes the lead over, having been shown the brief with {@code briefDigest}; {@code acceptorName}
 * is the acceptor as the directory names them (their login name when it does not list them).
 */
public record AcceptHandover(CaseId crisisId, HandoverId handoverId, String briefDigest, Signatory acceptor,
                             String acceptorName)
        implements CrisisCommand {
}
