package org.casebook.journal.json;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.casebook.kernel.SingleValue;

/**
 * Writes {@link SingleValue} records as their one component and reads them back through their canonical
 * constructor, so that its validation applies to stored and received JSON alike.
 */
public final class SingleValueModule extends SimpleModule {

    public SingleValueModule() {
        super("casebook-single-values");
        setSerializers(new SimpleSerializers() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
                return SingleValue.class.isAssignableFrom(type.getRawClass()) ? new Writer() : null;
            }
        });
        setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription bean) {
                Class<?> raw = type.getRawClass();
                return SingleValue.class.isAssignableFrom(raw) && raw.isRecord() ? new Reader(raw) : null;
            }
        });
    }

    private static final class Writer extends JsonSerializer<SingleValue> {
        @Override
        public void serialize(SingleValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(value.value(), gen);
        }
    }

    private static final class Reader extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final Class<?> componentType;
        private final Constructor<?> constructor;

        Reader(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components.length != 1) {
                throw new IllegalStateException(type + " is a SingleValue with " + components.length + " components");
            }
            this.type = type;
            this.componentType = components[0].getType();
            try {
                this.constructor = type.getDeclaredConstructor(componentType);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object component = context.readValue(parser, componentType);
            try {
                return constructor.newInstance(component);
            } catch (InvocationTargetException e) {
                throw InvalidFormatException.from(parser, e.getCause().getMessage(), component, type);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + type, e);
            }
        }
    }
}
