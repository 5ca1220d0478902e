package org.casebook.journal.verify;

import java.util.List;

/**
 * What a verification made of the signed digests: how many it checked against the journal (those at or after
 * where it started), the latest position one of them vouches for, whether their signatures were checked, and the
 * ids of the public keys they were checked with. Without a key, digests are compared with the journal but
 * nothing proves who signed them.
 */
public record DigestCheck(long checked, Long latest, boolean signaturesChecked, List<String> keys) {
}
