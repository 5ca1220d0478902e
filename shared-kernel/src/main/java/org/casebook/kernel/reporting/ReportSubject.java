package org.casebook.kernel.reporting;

import org.casebook.kernel.funds.EntryNumber;

/**
 * What a report is on, by its type: an activity report's period, a funds notification's allocation or obligation,
 * a case summary's case. A submission records it as two words ({@link #period()}, {@link #subject()}), and
 * {@link #of} reads them back.
 */
public sealed interface ReportSubject permits ReportSubject.Period, ReportSubject.Notification, ReportSubject.Case {

    ReportType type();

    /** The period as a submission records it: an activity report's; null for the others. */
    default String period() {
        return null;
    }

    /** The subject as a submission records it: {@code sourceId/entry} of a notification, a case summary's case. */
    default String subject() {
        return null;
    }

    /** An activity report's fiscal year or quarter, as its label ({@code FY2026-Q1}). */
    record Period(String period) implements ReportSubject {
        @Override
        public ReportType type() {
            return ReportType.ACTIVITY;
        }
    }

    /** The notification of an allocation or obligation of a funding source; the entry in its stored form. */
    record Notification(String sourceId, String entry) implements ReportSubject {

        public Notification {
            entry = EntryNumber.stored(entry);
        }

        @Override
        public ReportType type() {
            return ReportType.NOTIFICATION;
        }

        @Override
        public String subject() {
            return sourceId + "/" + entry;
        }
    }

    /** The summary of a case, by its id. */
    record Case(String caseId) implements ReportSubject {
        @Override
        public ReportType type() {
            return ReportType.CASE;
        }

        @Override
        public String subject() {
            return caseId;
        }
    }

    /**
     * The subject a submission records as words: its {@code type} ({@link ReportType#word()}), its {@code period}
     * and its {@code subject}.
     *
     * @throws IllegalArgumentException if the type names no report, or a notification is not on a source and an
     *                                  entry
     */
    static ReportSubject of(String type, String period, String subject) {
        return of(ReportType.named(type).orElseThrow(() -> new IllegalArgumentException(ReportType.NAMES)), period,
                  subject);
    }

    /**
     * The subject of a report of the type, from its period and subject as a submission records them.
     *
     * @throws IllegalArgumentException if a notification is not on a source and an entry
     */
    static ReportSubject of(ReportType type, String period, String subject) {
        return switch (type) {
            case ACTIVITY -> new Period(period);
            case NOTIFICATION -> {
                int slash = subject == null ? -1 : subject.lastIndexOf('/');
                if (slash < 1) {
                    throw new IllegalArgumentException("a notification is on a source and an entry, sourceId/entry");
                }
                yield new Notification(subject.substring(0, slash), subject.substring(slash + 1));
            }
            case CASE -> new Case(subject);
        };
    }
}
