package org.crosscheck.broker;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerSettingsTest {

    private static final Path DIR = Path.of("target", "never-created");

    @Test
    void defaults() {
        BrokerSettings s = BrokerSettings.of(DIR);
        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isZero();
        assertThat(s.controllerPort()).isZero();
        assertThat(s.extra()).isEmpty();
        assertThat(new BrokerSettings(DIR, null, 0, 0, null)).isEqualTo(s);
    }

    @Test
    void extraIsCopiedAndImmutable() {
        Map<String, String> extra = new HashMap<>(Map.of("num.partitions", "3"));
        BrokerSettings s = new BrokerSettings(DIR, "127.0.0.1", 0, 0, extra);
        extra.put("num.partitions", "9");
        assertThat(s.extra()).containsExactly(Map.entry("num.partitions", "3"));
        assertThatThrownBy(() -> s.extra().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(s.withOverride("log.retention.ms", "1000").extra())
                .containsEntry("num.partitions", "3").containsEntry("log.retention.ms", "1000");
    }

    @Test
    void rejectsBadPorts() {
        assertThatThrownBy(() -> BrokerSettings.of(DIR).withPort(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerSettings.of(DIR).withControllerPort(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerSettings.of(DIR).withPort(19092).withControllerPort(19092))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerSettings.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void overridesWinOverDefaults() {
        BrokerSettings s = BrokerSettings.of(DIR).withOverride("num.partitions", "4");
        Map<String, String> config = EmbeddedKafkaBroker.brokerConfig(s, DIR, 19092, 19093);
        assertThat(config)
                .containsEntry("num.partitions", "4")
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }
}
