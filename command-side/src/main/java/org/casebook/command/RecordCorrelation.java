package org.casebook.command;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.casebook.kernel.RecordMetadata;
import org.springframework.stereotype.Component;

/**
 * Carries who, in which role and when-effective from a command onto every event it causes, and links them:
 * correlation id (the originating request) and causation id (the message that caused this one).
 */
@Component
public class RecordCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : new String[] {RecordMetadata.USER, RecordMetadata.ROLE, RecordMetadata.EFFECTIVE_AT}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(RecordMetadata.CORRELATION_ID,
                 message.getMetaData().getOrDefault(RecordMetadata.CORRELATION_ID, message.getIdentifier()));
        data.put(RecordMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
