package com.peerloop.fakestream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.getstream.services.framework.StreamHTTPClient;
import io.getstream.services.framework.StreamSDKClient;

/** Real SDK 4.1.1 clients pointed at a fake, the way the gateway does it (a {@code getBaseUrl()} override). */
final class SdkClients {

    /** How the SDK serializes request bodies. */
    enum Nulls {
        /** SDK 4.1.1 default: every unset field is sent as JSON null. */
        EXPLICIT,
        /** The gateway's mapper: unset fields are left out. */
        OMITTED
    }

    private SdkClients() {}

    static StreamSDKClient client(FakeStream fake) {
        return client(fake, Nulls.EXPLICIT);
    }

    static StreamSDKClient client(FakeStream fake, Nulls nulls) {
        return client(fake, fake.apiKey(), fake.apiSecret(), nulls);
    }

    static StreamSDKClient client(FakeStream fake, String apiKey, String apiSecret, Nulls nulls) {
        return new StreamSDKClient(
                new PointedHttpClient(apiKey, apiSecret, fake.baseUrl().toString(), nulls));
    }

    private static final class PointedHttpClient extends StreamHTTPClient {

        private final String baseUrl;
        private final ObjectMapper mapper;

        PointedHttpClient(String apiKey, String apiSecret, String baseUrl, Nulls nulls) {
            super(apiKey, apiSecret);
            this.baseUrl = baseUrl;
            this.mapper = nulls == Nulls.OMITTED
                    ? super.getObjectMapper().copy().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                    : super.getObjectMapper();
        }

        @Override
        public String getBaseUrl() {
            return baseUrl;
        }

        @Override
        public ObjectMapper getObjectMapper() {
            return mapper;
        }
    }
}
