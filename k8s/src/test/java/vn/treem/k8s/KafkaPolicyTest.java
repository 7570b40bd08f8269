package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/** Kafka (Strimzi, read through its Java model): topology, topics and the ACLs of each service's user. */
class KafkaPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRODUCTION = "overlays/production";

    static List<String> overlays() {
        return Manifests.OVERLAYS;
    }

    private static <T> List<T> read(String overlay, String kind, Class<T> type) {
        return Manifests.ofKind(overlay, kind).stream().map(n -> JSON.convertValue(n, type)).toList();
    }

    private static int nodes(String overlay, ProcessRoles role) {
        return read(overlay, "KafkaNodePool", KafkaNodePool.class).stream()
                .filter(p -> p.getSpec().getRoles().contains(role)).mapToInt(p -> p.getSpec().getReplicas()).sum();
    }

    @Test
    void production_runs_three_brokers_and_three_dedicated_kraft_controllers() {
        assertThat(nodes(PRODUCTION, ProcessRoles.BROKER)).isGreaterThanOrEqualTo(3);
        assertThat(nodes(PRODUCTION, ProcessRoles.CONTROLLER)).isEqualTo(3);
        assertThat(read(PRODUCTION, "KafkaNodePool", KafkaNodePool.class))
                .allMatch(p -> p.getSpec().getRoles().size() == 1, "controllers and brokers in separate pools");
        Kafka kafka = read(PRODUCTION, "Kafka", Kafka.class).get(0);
        var config = kafka.getSpec().getKafka().getConfig();
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.min.isr", 2).containsEntry("auto.create.topics.enable", false);
    }

    @Test
    void every_production_topic_has_three_replicas_and_min_insync_replicas_two() {
        List<KafkaTopic> topics = read(PRODUCTION, "KafkaTopic", KafkaTopic.class);
        assertThat(topics).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getSpec().getReplicas()).as(t.getSpec().getTopicName()).isGreaterThanOrEqualTo(3);
            assertThat(t.getSpec().getConfig()).as(t.getSpec().getTopicName())
                    .containsEntry("min.insync.replicas", 2);
            assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "treem-kafka");
        });
    }

    @Test
    void local_fits_one_broker() {
        assertThat(nodes("overlays/local", ProcessRoles.BROKER)).isEqualTo(1);
        assertThat(read("overlays/local", "KafkaTopic", KafkaTopic.class))
                .allMatch(t -> t.getSpec().getReplicas() == 1
                        && Integer.valueOf(1).equals(t.getSpec().getConfig().get("min.insync.replicas")));
    }

    private static Set<String> topicNames(String overlay) {
        Set<String> names = new HashSet<>();
        read(overlay, "KafkaTopic", KafkaTopic.class).forEach(t -> names.add(
                t.getSpec().getTopicName() != null ? t.getSpec().getTopicName() : t.getMetadata().getName()));
        return names;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_topic_a_service_uses_is_declared_since_brokers_do_not_create_topics(String overlay) {
        for (String service : Manifests.BACKEND_SERVICES) {
            ServiceProperties props = ServiceProperties.of(service);
            assertThat(topicNames(overlay)).as(service).containsAll(props.producedTopics())
                    .containsAll(props.consumedTopics());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void the_topics_reporting_service_rebuilds_from_are_kept_forever(String overlay) {
        for (KafkaTopic t : read(overlay, "KafkaTopic", KafkaTopic.class)) {
            if (ServiceProperties.of("reporting-service").consumedTopics().contains(t.getSpec().getTopicName())) {
                assertThat(t.getSpec().getConfig()).as(t.getSpec().getTopicName())
                        .containsEntry("retention.ms", -1).containsEntry("retention.bytes", -1)
                        .containsEntry("cleanup.policy", "delete");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void each_service_user_may_write_only_its_own_topics_and_read_only_what_it_consumes(String overlay) {
        for (String service : Manifests.BACKEND_SERVICES) {
            ServiceProperties props = ServiceProperties.of(service);
            KafkaUser user = read(overlay, "KafkaUser", KafkaUser.class).stream()
                    .filter(u -> u.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("scram-sha-512");
            List<AclRule> acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            Set<String> writable = new HashSet<>();
            Set<String> readable = new HashSet<>();
            Set<String> groups = new HashSet<>();
            for (AclRule acl : acls) {
                assertThat(acl.getOperations()).as(service).doesNotContain(AclOperation.ALL, AclOperation.DELETE,
                        AclOperation.ALTER, AclOperation.ALTERCONFIGS, AclOperation.CREATE);
                if (acl.getResource() instanceof AclRuleTopicResource topic) {
                    assertThat(topic.getPatternType().toValue()).as(service + " topic ACLs are literal")
                            .isEqualTo("literal");
                    assertThat(topic.getName()).isNotEqualTo("*");
                    if (acl.getOperations().contains(AclOperation.WRITE)) {
                        writable.add(topic.getName());
                    }
                    if (acl.getOperations().contains(AclOperation.READ)) {
                        readable.add(topic.getName());
                    }
                } else if (acl.getResource() instanceof AclRuleGroupResource group) {
                    groups.add(group.getName());
                } else {
                    throw new AssertionError(service + ": unexpected ACL resource " + acl.getResource());
                }
            }
            assertThat(writable).as(service + " writes").isEqualTo(props.producedTopics());
            assertThat(readable).as(service + " reads").isEqualTo(props.consumedTopics());
            assertThat(groups).as(service + " groups").containsAll(props.consumerGroups());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void reporting_service_never_scales_beyond_the_partitions_it_consumes(String overlay) {
        int maxReplicas = Manifests.get(overlay, "HorizontalPodAutoscaler", "reporting-service")
                .at("/spec/maxReplicas").asInt();
        Set<String> consumed = ServiceProperties.of("reporting-service").consumedTopics();
        for (KafkaTopic t : read(overlay, "KafkaTopic", KafkaTopic.class)) {
            if (consumed.contains(t.getSpec().getTopicName())) {
                assertThat(maxReplicas).as("consumers beyond " + t.getSpec().getTopicName() + "'s partitions idle")
                        .isLessThanOrEqualTo(t.getSpec().getPartitions());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void only_the_services_that_use_kafka_may_reach_the_listener(String overlay) {
        JsonNode peers = Manifests.ofKind(overlay, "Kafka").get(0).at("/spec/kafka/listeners/0/networkPolicyPeers");
        assertThat(peers.size()).isPositive();
        for (String service : Manifests.SERVICES) {
            var labels = Selectors.labels(Manifests.get(overlay, "Deployment", service).at("/spec/template/metadata"));
            boolean allowed = false;
            for (JsonNode peer : peers) {
                allowed |= !peer.has("namespaceSelector") && Selectors.selects(peer.path("podSelector"), labels);
            }
            assertThat(allowed).as(service).isEqualTo(!service.equals("gateway"));
        }
    }
}
