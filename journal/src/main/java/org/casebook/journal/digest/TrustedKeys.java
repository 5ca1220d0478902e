package org.casebook.journal.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys whose signed digests a verification accepts: the server's own, and those configured for other
 * processes or for keys used before (a key given twice counts once). None: digests are compared with the journal,
 * but their signatures cannot be checked.
 */
public final class TrustedKeys {

    public static final TrustedKeys NONE = new TrustedKeys(List.of());

    private final Map<String, DigestPublicKey> byId = new LinkedHashMap<>();

    private TrustedKeys(List<DigestPublicKey> keys) {
        keys.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    public static TrustedKeys of(List<DigestPublicKey> keys) {
        return new TrustedKeys(keys);
    }

    public static TrustedKeys of(DigestPublicKey own, List<DigestPublicKey> others) {
        List<DigestPublicKey> keys = new ArrayList<>();
        keys.add(own);
        keys.addAll(others);
        return new TrustedKeys(keys);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public Optional<DigestPublicKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<DigestPublicKey> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
