package org.casebook.command;

import java.util.List;

import org.casebook.journal.AppendedCommit;

/**
 * What a recorded command put in the journal: the case's new version (its number of entries), the journal
 * position of the commit (for read-your-writes), the entries, and the handler's result (such as a decision id).
 */
public record Receipt(String caseId, long version, long position, List<AppendedCommit.Event> entries, Object result) {
}
