package org.baogao.search.indexing;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Values this service produces are bytes already (status JSON, the original bytes of an undecodable record)
 * or a {@link ReceivedReport}, whose original bytes are what a dead-letter record must carry.
 */
public final class OutgoingValueSerializer implements Serializer<Object> {
    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        if (data instanceof ReceivedReport received) {
            return received.originalJson();
        }
        throw new SerializationException("cannot write a " + data.getClass().getName() + " to " + topic);
    }
}
