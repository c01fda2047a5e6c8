package com.peerloop.contract;

import com.peerloop.gateway.GatewayApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The contract scenarios against a real Stream app, opt-in: {@code STREAM_LIVE_API_KEY=… STREAM_LIVE_API_SECRET=…
 * ./mvnw -B -ntp test -Dtest='LiveStreamContractTest'}. Skipped, with the reason printed, without them. Every id
 * it creates starts with the run prefix and is hard-deleted at the end; revoke-all applies to the whole app.
 */
@ExtendWith(LiveStreamCondition.class)
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LiveStreamContextInitializer.class)
class LiveStreamContractTest extends ContractScenarios {

    @Autowired
    StreamTarget live;

    @Override
    protected StreamTarget target() {
        return live;
    }
}
