package org.casebook.kernel.reporting;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.casebook.kernel.Clearance;

/**
 * Who a report is for. The standard edition, for wide distribution, withholds the text of SBU entries (it still
 * counts them); the SBU edition shows it, for accounts cleared for SBU ({@link Clearance}).
 */
public enum ReportEdition {
    STANDARD, SBU;

    /** The edition a word names, in any case ({@code sbu}, {@code SBU}); empty for any other word. */
    public static Optional<ReportEdition> named(String word) {
        for (ReportEdition edition : values()) {
            if (edition.name().equalsIgnoreCase(word)) {
                return Optional.of(edition);
            }
        }
        return Optional.empty();
    }

    /** The edition's word, as a report's files name it: {@code standard}, {@code sbu}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a reader is told when a word names no edition. */
    public static final String NAMES = "must be standard or sbu (in any case)";

    /** Whether a caller with these authorities may have this edition: the SBU one needs SBU clearance. */
    public boolean isFor(Collection<String> authorities) {
        return this == STANDARD || Clearance.holdsSbu(authorities);
    }
}
