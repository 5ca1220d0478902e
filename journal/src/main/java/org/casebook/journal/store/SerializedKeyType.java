package org.casebook.journal.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's type for objects, which orders an index key it has no type for (mongo-java-server's {@link KeyValue}) by
 * its Java-serialized bytes, serializing both keys at every comparison. This type keeps that order exactly (the
 * same bytes, compared the same way) but remembers the bytes of recent keys, so a lookup serializes its key once.
 * Only keys of one plain value are remembered: for them, equal keys have equal bytes (a key of several values may
 * hold one object twice, which Java serialization writes as a back-reference, so equal keys can differ in bytes).
 * A page of keys is written with the remembered bytes too, in H2's format for a serialized object: each commit
 * rewrites the pages it changed, and serializing all their keys again was most of the cost of a write.
 */
final class SerializedKeyType extends ObjectDataType {

    static final SerializedKeyType INSTANCE = new SerializedKeyType();
    private static final int REMEMBERED = 50_000;
    /** H2's tag for a Java-serialized object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}). */
    private static final byte SERIALIZED_OBJECT = 19;

    private final Map<KeyValue, byte[]> bytes = new ConcurrentHashMap<>();

    @Override
    public int compare(Object a, Object b) {
        if (a != b && a instanceof KeyValue x && b instanceof KeyValue y && plain(x) && plain(y)) {
            return compareNotNull(bytesOf(x), bytesOf(y));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof KeyValue key && plain(key)) {
            byte[] serialized = bytesOf(key);
            buffer.put(SERIALIZED_OBJECT).putVarInt(serialized.length).put(serialized);
            return;
        }
        super.write(buffer, value);
    }

    /**
     * The page cache's estimate of a key, from its remembered bytes: H2's type learns an average from the keys it
     * writes itself, and those are written here instead.
     */
    @Override
    public int getMemory(Object value) {
        if (value instanceof KeyValue key && plain(key)) {
            return 24 + 2 * bytesOf(key).length;
        }
        return super.getMemory(value);
    }

    private byte[] bytesOf(KeyValue key) {
        byte[] known = bytes.get(key);
        if (known != null) {
            return known;
        }
        if (bytes.size() >= REMEMBERED) {
            bytes.clear();
        }
        byte[] serialized = serialize(key);
        bytes.put(key, serialized);
        return serialized;
    }

    private static boolean plain(KeyValue key) {
        Object value = key.size() == 1 ? key.get(0) : null;
        return value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Double || value instanceof Boolean;
    }
}
