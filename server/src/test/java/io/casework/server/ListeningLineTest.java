package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.jackson.Jackson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListeningLineTest {
    @Test
    void theDefaultsSayWhereThePagesTheReferenceAndTheAdminPortAre() throws Exception {
        CaseworkConfiguration config = Jackson.newObjectMapper()
                .treeToValue(new ConfigurationLayers(Map.of()).build(null), CaseworkConfiguration.class);

        assertThat(ListeningLine.of(config, 8080, 8081)).isEqualTo("casework is listening: http://localhost:8080"
                + " (port 8080 on every interface): the dashboard http://localhost:8080/, the API reference"
                + " http://localhost:8080/docs; admin port 8081 on 127.0.0.1 (/healthcheck, /metrics)");
    }

    @Test
    void aPublicUrlIsWhatPeopleAreSent() {
        assertThat(ListeningLine.of("https://casework.example.test/", "10.0.0.5", 9000, "0.0.0.0", 9001))
                .isEqualTo("casework is listening: https://casework.example.test (port 9000 on 10.0.0.5): the"
                        + " dashboard https://casework.example.test/, the API reference"
                        + " https://casework.example.test/docs; admin port 9001 on 0.0.0.0 (/healthcheck, /metrics)");
    }
}
