package com.peerloop.contract;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.testsupport.GatewayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract scenarios against the fake Stream, in every build (with the refusal guard of every gateway test). */
@GatewayIntegrationTest
class FakeStreamContractTest extends ContractScenarios {

    @Autowired
    FakeStream fake;

    @Override
    protected StreamTarget target() {
        return new StreamTarget("the fake Stream", fake.baseUrl(), fake.apiKey(), fake.apiSecret(), false);
    }

    /** The fake app starts without webhook settings; give it some so that "left as they were" can fail. */
    @Override
    protected void seedWebhookSettings(StreamApi stream) {
        StreamApi.expectOk(stream.asServer(
                "PATCH",
                "/api/v2/app",
                "{\"webhook_url\":\"https://gateway.example.test"
                        + "/api/stream/webhook\",\"webhook_events\":[\"feeds.activity.added\"],\"event_hooks\":[{\"hook_type\":"
                        + "\"webhook\",\"enabled\":true,\"event_types\":[],\"webhook_url\":\"https://gateway.example.test"
                        + "/api/stream/webhook\"}]}"));
    }
}
