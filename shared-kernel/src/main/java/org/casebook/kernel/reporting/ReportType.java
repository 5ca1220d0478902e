package org.casebook.kernel.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of report. Each is named by one word ({@link #word()}): in paths ({@code /api/reports/notification/...}),
 * on the command line, and as the {@code type} of stored {@link ReportSubmitted} events.
 */
public enum ReportType {
    ACTIVITY("activity"),
    /** Notifications were read under {@code /api/reports/notifications/}: clients may still say so. */
    NOTIFICATION("notification", "notifications"),
    /** A case summary: named {@code case} where it is asked for, {@code case-summary} in its files. */
    CASE("case-summary");

    private final String kind;
    private final List<String> formerly;

    ReportType(String kind, String... formerly) {
        this.kind = kind;
        this.formerly = List.of(formerly);
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a report of this type says it is, first in its files ({@code report}) and in their names. */
    public String kind() {
        return kind;
    }

    /** The type a word names, in any case, or a former spelling of it; empty for any other word. */
    public static Optional<ReportType> named(String word) {
        for (ReportType type : values()) {
            if (type.word().equalsIgnoreCase(word) || type.formerly.stream().anyMatch(w -> w.equalsIgnoreCase(word))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static final String NAMES = "the reports are: activity, notification, case";
}
