package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a load balancer asks a node: is it ready for traffic, is it alive — answered without sign-in, with nothing
 * but the status; every other actuator endpoint stays closed.
 */
class HealthEndpointIT {

    @TempDir
    Path dataDir;

    @Test
    void readinessAndLivenessAnswerWithoutSignInAndNothingElseIsOpen() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            HttpResponse<String> ready = kring.get("actuator/health/readiness");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
            HttpResponse<String> live = kring.get("actuator/health/liveness");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
            HttpResponse<String> health = kring.get("actuator/health");
            assertThat(health.body()).as("no details, no versions").startsWith("{\"status\":\"UP\"")
                    .doesNotContain("components", "details", "version", "db");

            for (String closed : new String[] {"actuator/env", "actuator/beans", "actuator/heapdump", "actuator/metrics"}) {
                HttpResponse<String> refused = kring.get(closed);
                assertThat(refused.statusCode()).as(closed).isNotEqualTo(200);
                assertThat(refused.body()).as(closed).doesNotContain("spring.datasource");
            }
        }
    }
}
