package org.casebook.journal.store;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The documents of a collection, stored as BSON (what the wire carries) instead of H2's default of Java
 * serialization, which cost most of the time of every write and read of the embedded store. A value is a tag
 * byte, its length and its BSON. Values written by earlier versions (H2's own tags, none of which is
 * {@value #BSON_TAG}) are still read through H2's type, so a store file of an earlier version opens as it was
 * and its pages turn into BSON as they are rewritten.
 */
final class BsonDocumentType extends BasicDataType<Object> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();
    /** Above every tag {@link ObjectDataType} writes (its highest is 119). */
    private static final int BSON_TAG = 0xC0;
    private static final int ENTRY_MEMORY = 48;

    private final ObjectDataType earlier = new ObjectDataType();

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document)) {
            earlier.write(buffer, value);
            return;
        }
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            buffer.put((byte) BSON_TAG).putVarInt(length);
            if (bson.hasArray()) {
                buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
            } else {
                byte[] bytes = new byte[length];
                bson.getBytes(bson.readerIndex(), bytes);
                buffer.put(bytes);
            }
        } finally {
            bson.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if ((buffer.get(buffer.position()) & 0xFF) != BSON_TAG) {
            return earlier.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuf bson;
        if (buffer.hasArray()) {
            bson = Unpooled.wrappedBuffer(buffer.array(), buffer.arrayOffset() + buffer.position(), length);
            buffer.position(buffer.position() + length);
        } else {
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            bson = Unpooled.wrappedBuffer(bytes);
        }
        return BsonDecoder.decodeBson(bson);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    /**
     * An estimate for the page cache, by walking the document: H2's type would serialize it to measure it, on
     * every write.
     */
    @Override
    public int getMemory(Object value) {
        return value instanceof Document document ? memoryOf(document) : earlier.getMemory(value);
    }

    @Override
    public int compare(Object a, Object b) {
        return earlier.compare(a, b);
    }

    private static int memoryOf(Object value) {
        if (value instanceof String text) {
            return 40 + 2 * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int memory = ENTRY_MEMORY;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += ENTRY_MEMORY + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> items) {
            int memory = ENTRY_MEMORY;
            for (Object item : items) {
                memory += 8 + memoryOf(item);
            }
            return memory;
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        return 24;
    }
}
