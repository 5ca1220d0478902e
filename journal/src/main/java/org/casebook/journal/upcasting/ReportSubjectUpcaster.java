package org.casebook.journal.upcasting;

/**
 * {@code ReportSubmitted} revision 1 to 2: reports other than the activity report became submittable, each on a
 * subject. Revision 1 submitted only activity reports, which have no subject: it reads as {@code "subject": null}.
 */
public final class ReportSubjectUpcaster extends AddedFieldUpcaster {

    public ReportSubjectUpcaster() {
        super("ReportSubmitted", "1", "2", "subject");
    }
}
