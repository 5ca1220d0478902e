package org.casebook.journal.accesslog;

import java.util.List;

/**
 * The result of verifying the access log: how many entries of the chain were checked, up to which one (with its
 * hash), how many entries lie before the chain (recorded before Casebook chained its access log, so nothing
 * proves them), and the problems found, the first ones first ({@code problemsOmitted} counts those left out).
 */
public record AccessLogReport(boolean intact, long entries, long lastEntry, String hash, long beforeChain,
                              List<AccessLogProblem> problems, long problemsOmitted) {
}
