package org.casebook.query.reporting;

import java.util.Arrays;

/**
 * A revision of how a report is made from the record: what it counts, and how its files are laid out. A
 * submission records the digest of each file and the layout they were made in, so a report is built again in its
 * own layout and an earlier submission still verifies after the layout changes; new reports are made in
 * {@link #CURRENT}.
 */
public enum ReportLayout {

    /** The first layout. */
    FIRST(1, false, false, false, false),
    /**
     * Safe text. In the CSV and PDF files every character the text rule refuses (control characters, bidi
     * controls, lone surrogates) is shown as U+FFFD: texts recorded before the rule may hold them, and no file
     * may carry them raw. The PDF embeds its font, so a text in any script gives the same bytes every time. The
     * JSON file escapes such characters, as it always did, and is unchanged.
     */
    SAFE_TEXT(2, true, false, false, false),
    /**
     * Notices and handovers when effective. A report whose period holds nothing says so ({@link Report#notice})
     * in its JSON ({@code notice}) and under the title of its PDF, where until then an all-zero report gave no
     * hint; and an activity report counts a handover as completed in the period in which its lead moves (its
     * effective date), no longer in the one in which it was accepted. Every other file is as in
     * {@link #SAFE_TEXT}.
     */
    NOTICES_AND_EFFECTIVE_HANDOVERS(3, true, true, true, false),
    /**
     * Readable by a congressional staffer ({@link Readable}): a period ends on its last day in every file
     * ({@code periodLastDay}, where earlier layouts gave the first day after it as {@code periodEnd}); the CSV
     * and PDF files give cases by title, enumerations and yes/no in words, and the PDF amounts with thousands
     * separators and the currency; an SBU edition is marked at the top and bottom of every PDF page and CSV file
     * and at the top of its JSON; the PDF numbers its pages "Page N of M", lists its sections on the title page
     * when it is longer than two pages, lets sections follow each other rather than each starting a page, and
     * says whom the report is for (a case summary is for after-action review).
     */
    READABLE(4, true, true, true, true),
    /**
     * Notifications as the committees receive them: a funds notification adds what was transmitted (the account
     * and the committees notified, the day transmitted, the waiting period and the earliest day of obligation, what
     * is provided, the purpose, objectives and other funds, the classification) and any waiver of the wait (its
     * circumstances and when the notification was due), and names its case by title (with its ID in a table of its
     * own); an activity report lists a waiver whose notification was not transmitted by its due day as overdue
     * ({@code notification-overdue}). A notification and a case summary name an allocation as people read it (AL-n,
     * where earlier layouts gave the A-n it is stored as), in a notification's title and files' names too. The standard edition
     * withholds the authority an SBU decision cites, as it withholds its text, and a notification of an SBU case
     * withholds its project (earlier layouts showed both; the API never did). Every other file is as in {@link #READABLE}.
     */
    NOTIFICATIONS_AS_SENT(5, true, true, true, true);

    public static final ReportLayout CURRENT = NOTIFICATIONS_AS_SENT;

    private final int revision;
    private final boolean safeText;
    private final boolean notices;
    private final boolean handoversWhenEffective;
    private final boolean readable;

    ReportLayout(int revision, boolean safeText, boolean notices, boolean handoversWhenEffective,
                 boolean readable) {
        this.revision = revision;
        this.safeText = safeText;
        this.notices = notices;
        this.handoversWhenEffective = handoversWhenEffective;
        this.readable = readable;
    }

    public boolean readable() {
        return readable;
    }

    /** Whether notifications show what was transmitted and waived, and waivers left unanswered are overdue. */
    public boolean notificationsAsSent() {
        return revision >= NOTIFICATIONS_AS_SENT.revision;
    }

    /** Whether the standard edition withholds the authority an SBU decision cites, as it withholds its text. */
    public boolean withholdsSbuAuthorities() {
        return notificationsAsSent();
    }

    /** Whether allocations are named as people read them (AL-n), no longer by the A-n they are stored as. */
    public boolean showsAllocationNumbers() {
        return notificationsAsSent();
    }

    public boolean notices() {
        return notices;
    }

    public int revision() {
        return revision;
    }

    public boolean neutralText() {
        return safeText;
    }

    public boolean embeddedFont() {
        return safeText;
    }

    public boolean handoversCompleteWhenEffective() {
        return handoversWhenEffective;
    }

    public static ReportLayout of(int revision) {
        return Arrays.stream(values()).filter(layout -> layout.revision == revision).findFirst().orElseThrow(
                () -> new IllegalStateException("no report layout " + revision + "; this Casebook knows "
                        + Arrays.toString(values()) + ": a newer one recorded this submission"));
    }
}
