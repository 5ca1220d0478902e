package org.casebook.query.reporting;

/**
 * The journal state a report is built from: the last position it includes (the end of a commit) and that commit's
 * hash, which an auditor checks against the journal's hash chain.
 */
public record ReportPoint(long position, String hash) {
}
