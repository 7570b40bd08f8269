package vn.treem.platform.events;

import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * The connection settings of the Kafka clients a service builds by hand (the outbox relay, a projection rebuild): those
 * Quarkus gathers for its own clients under the name {@code default-kafka-broker} — {@code kafka.*} properties and
 * {@code KAFKA_*} environment variables, e.g. {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL}, the SASL and TLS settings of a
 * secured cluster (docs/operations.md) — so that hand-built clients reach the same brokers the same way.
 */
@ApplicationScoped
public class KafkaClients {

    @Inject
    @Identifier("default-kafka-broker")
    Instance<Map<String, Object>> defaultBroker;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A fresh copy of the connection settings; the caller adds its client's own options. */
    public Properties connection() {
        Properties config = new Properties();
        if (defaultBroker.isResolvable()) {
            defaultBroker.get().forEach((key, value) -> {
                if (value != null) {
                    config.put(key, value);
                }
            });
        }
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }
}
