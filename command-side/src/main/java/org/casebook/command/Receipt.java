package org.casebook.command;

import java.util.List;

import org.casebook.journal.AppendedCommit;

/**
 * What a recorded command put in the journal: the new version of the case or responder it was for (its number of
 * entries), the journal
 * position of the commit (for read-your-writes), the entries, and the handler's result (such as a decision id).
 */
public record Receipt(String id, long version, long position, List<AppendedCommit.Event> entries, Object result) {
}
