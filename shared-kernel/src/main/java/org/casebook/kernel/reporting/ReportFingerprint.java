package org.casebook.kernel.reporting;

import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies a built report: the journal position and commit hash it was built from, and the SHA-256 of
 * each file it was produced as (by file name), laid out in {@code layout} (a revision of how files are made).
 */
public record ReportFingerprint(long position, String hash, Map<String, String> files, int layout) {

    public ReportFingerprint {
        files = new TreeMap<>(files);
    }
}
