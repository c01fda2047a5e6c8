package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.getstream.exceptions.StreamException;
import io.getstream.models.FullUserResponse;
import io.getstream.models.GetApplicationResponse;
import io.getstream.models.UpdateAppRequest;
import io.getstream.models.UpdateUserPartialRequest;
import io.getstream.models.UpdateUsersPartialRequest;
import io.getstream.models.UpdateUsersRequest;
import io.getstream.models.UserRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeStreamUsersAndAppTest extends FakeStreamTestSupport {

    private FullUserResponse upsert(UserRequest user) throws StreamException {
        return client.updateUsers(UpdateUsersRequest.builder()
                        .users(Map.of(user.getId(), user))
                        .build())
                .execute()
                .getData()
                .getUsers()
                .get(user.getId());
    }

    private FullUserResponse partial(UpdateUserPartialRequest update) throws StreamException {
        return client.updateUsersPartial(UpdateUsersPartialRequest.builder()
                        .users(List.of(update))
                        .build())
                .execute()
                .getData()
                .getUsers()
                .get(update.getId());
    }

    @Test
    void upsertReplacesTheWholeUserKeepingOnlyTheCreationTime() throws StreamException {
        FullUserResponse created = upsert(UserRequest.builder()
                .id("alice")
                .name("Alice")
                .image("a.png")
                .role("admin")
                .custom(Map.of("course", "c1"))
                .build());
        fake.state().users().revokeTokensIssuedBefore("alice", Instant.parse("2025-01-02T03:04:05Z"));

        FullUserResponse replaced =
                upsert(UserRequest.builder().id("alice").name("Alice B").build());

        assertThat(created.getName()).isEqualTo("Alice");
        assertThat(created.getCustom()).containsEntry("course", "c1");
        assertThat(replaced.getName()).isEqualTo("Alice B");
        assertThat(replaced.getCreatedAt()).isEqualTo(created.getCreatedAt());
        assertThat(replaced.getImage()).isNull();
        assertThat(replaced.getCustom()).isEmpty();
        assertThat(replaced.getRevokeTokensIssuedBefore()).isNull();
        StoredUser stored = fake.state().users().get("alice").orElseThrow();
        assertThat(stored.image()).isNull();
        assertThat(stored.role()).isEqualTo("user");
        assertThat(stored.custom().isEmpty()).isTrue();
        assertThat(stored.revokeTokensIssuedBefore())
                .as("a replacing upsert clears the revocation")
                .isNull();
        assertThat(fake.requests("upsertUsers")).hasSize(2).allMatch(RecordedRequest::write);
    }

    @Test
    void partialUpdateChangesTheNamedFieldsAndKeepsEverythingElse() throws StreamException {
        upsert(UserRequest.builder()
                .id("alice")
                .name("Alice")
                .image("a.png")
                .role("admin")
                .custom(Map.of("plan", "pro"))
                .build());
        Instant revokeAt = Instant.parse("2025-01-02T03:04:05Z");
        fake.state().users().revokeTokensIssuedBefore("alice", revokeAt);

        FullUserResponse updated = partial(UpdateUserPartialRequest.builder()
                .id("alice")
                .set(Map.of("name", "Alice B"))
                .unset(List.of("image"))
                .build());

        assertThat(updated.getName()).isEqualTo("Alice B");
        assertThat(updated.getImage()).isNull();
        assertThat(updated.getRevokeTokensIssuedBefore()).isEqualTo(Date.from(revokeAt));
        StoredUser stored = fake.state().users().get("alice").orElseThrow();
        assertThat(stored.role()).isEqualTo("admin");
        assertThat(stored.custom().get("plan").asText()).isEqualTo("pro");
        assertThat(stored.revokeTokensIssuedBefore()).isEqualTo(revokeAt);
    }

    @Test
    void revokesUserTokensWithADateThatTheSdkSendsWithAnOffset() throws StreamException {
        upsert(UserRequest.builder().id("alice").build());
        Instant revokeAt = Instant.parse("2025-01-02T03:04:05.123Z");

        FullUserResponse updated = partial(UpdateUserPartialRequest.builder()
                .id("alice")
                .set(Map.of("revoke_tokens_issued_before", Date.from(revokeAt), "name", "Alice"))
                .build());

        assertThat(fake.requests("updateUsersPartial").get(0).body())
                .contains("\"revoke_tokens_issued_before\":\"2025-01-02T03:04:05.123+00:00\"");
        assertThat(updated.getRevokeTokensIssuedBefore()).isEqualTo(Date.from(revokeAt));
        assertThat(updated.getName()).isEqualTo("Alice");
        assertThat(fake.state().users().get("alice").orElseThrow().revokeTokensIssuedBefore())
                .isEqualTo(revokeAt);
    }

    @Test
    void setsAndUnsetsFieldsPartially() throws StreamException {
        upsert(UserRequest.builder().id("alice").name("Alice").build());
        partial(UpdateUserPartialRequest.builder()
                .id("alice")
                .set(Map.of("revoke_tokens_issued_before", "2025-01-02T03:04:05Z", "plan", "pro"))
                .build());

        FullUserResponse cleared = partial(UpdateUserPartialRequest.builder()
                .id("alice")
                .unset(List.of("revoke_tokens_issued_before", "name"))
                .build());

        assertThat(cleared.getRevokeTokensIssuedBefore()).isNull();
        assertThat(cleared.getName()).isNull();
        assertThat(cleared.getCustom()).containsEntry("plan", "pro");
        assertThat(fake.state().users().get("alice").orElseThrow().revokeTokensIssuedBefore())
                .isNull();
    }

    @Test
    void refusesAPartialUpdateOfAnUnknownUserWithoutChangingAnyone() throws StreamException {
        upsert(UserRequest.builder().id("alice").name("Alice").build());
        UpdateUsersPartialRequest request = UpdateUsersPartialRequest.builder()
                .users(List.of(
                        UpdateUserPartialRequest.builder()
                                .id("alice")
                                .set(Map.of("name", "Changed"))
                                .build(),
                        UpdateUserPartialRequest.builder()
                                .id("nobody")
                                .set(Map.of("name", "X"))
                                .build()))
                .build();

        assertThatThrownBy(() -> client.updateUsersPartial(request).execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThat(fake.state().users().get("alice").orElseThrow().name()).isEqualTo("Alice");
    }

    @Test
    void partialUpdateOfAnUnknownUserCanBeSkippedOrCreateTheUserWhenATestPicksThatReading() throws StreamException {
        upsert(UserRequest.builder().id("alice").name("Alice").build());
        UpdateUsersPartialRequest request = UpdateUsersPartialRequest.builder()
                .users(List.of(
                        UpdateUserPartialRequest.builder()
                                .id("alice")
                                .set(Map.of("name", "Changed"))
                                .build(),
                        UpdateUserPartialRequest.builder()
                                .id("nobody")
                                .set(Map.of("name", "X"))
                                .build()))
                .build();

        fake.state().users().unknownUserPatches(UserState.UnknownUserPatch.OMIT);
        Map<String, FullUserResponse> omitted =
                client.updateUsersPartial(request).execute().getData().getUsers();
        assertThat(omitted).containsOnlyKeys("alice");
        assertThat(fake.state().users().get("nobody")).isEmpty();

        fake.state().users().unknownUserPatches(UserState.UnknownUserPatch.CREATE);
        Map<String, FullUserResponse> created =
                client.updateUsersPartial(request).execute().getData().getUsers();
        assertThat(created).containsOnlyKeys("alice", "nobody");
        assertThat(fake.state().users().get("nobody").orElseThrow().name()).isEqualTo("X");

        fake.reset();
        assertThat(fake.state().users().unknownUserPatches()).isEqualTo(UserState.UnknownUserPatch.REFUSE);
    }

    @Test
    void appUpdateStoresTheKeysSentAndKeepsTheOthers() throws Exception {
        String hooks = "{\"webhook_url\":\"https://gw.example/hook\",\"event_hooks\":[{\"hook_type\":\"webhook\","
                + "\"enabled\":true,\"event_types\":[],\"webhook_url\":\"https://gw.example/hook\"}]}";
        HttpResponse<String> setHooks = RawHttp.asServer(fake, "PATCH", "/api/v2/app", hooks);
        HttpResponse<String> revoke = RawHttp.asServer(
                fake, "PATCH", "/api/v2/app", "{\"revoke_tokens_issued_before\":\"2025-03-04T05:06:07.000+00:00\"}");

        GetApplicationResponse app = client.getApp().execute().getData();

        assertThat(setHooks.statusCode()).isEqualTo(200);
        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(app.getApp().getWebhookUrl()).isEqualTo("https://gw.example/hook");
        assertThat(app.getApp().getEventHooks())
                .singleElement()
                .satisfies(hook -> assertThat(hook.getWebhookUrl()).isEqualTo("https://gw.example/hook"));
        assertThat(app.getApp().getRevokeTokensIssuedBefore())
                .isEqualTo(Date.from(Instant.parse("2025-03-04T05:06:07Z")));
        assertThat(fake.state().app().settings().size()).isEqualTo(3);
        assertThat(fake.requests("getApp")).singleElement().matches(r -> !r.write());
    }

    @Test
    void sdkAppUpdateWithExplicitNullsResetsEveryOtherSettingAsStreamDoes() throws Exception {
        RawHttp.asServer(fake, "PATCH", "/api/v2/app", "{\"webhook_url\":\"https://gw.example/hook\"}");
        fake.state().app().revokeTokensIssuedBefore(Instant.parse("2025-01-01T00:00:00Z"));
        Instant revokeAt = Instant.parse("2025-03-04T05:06:07Z");

        client.updateApp(UpdateAppRequest.builder()
                        .revokeTokensIssuedBefore(Date.from(revokeAt))
                        .build())
                .execute();
        JsonNode sdkBody = fake.requests("updateApp").get(1).json();
        assertThat(sdkBody.get("webhook_url").isNull())
                .as("SDK 4.1.1 sends unset settings as null")
                .isTrue();
        assertThat(client.getApp().execute().getData().getApp().getWebhookUrl()).isEmpty();
        assertThat(fake.state().app().revokeTokensIssuedBefore()).contains(revokeAt);

        client.updateApp(UpdateAppRequest.builder()
                        .webhookUrl("https://gw.example/other")
                        .build())
                .execute();

        assertThat(fake.state().app().revokeTokensIssuedBefore())
                .as("a later null-filled update lifts the revocation")
                .isEmpty();
        assertThat(fake.state().app().settings().toString())
                .isEqualTo("{\"webhook_url\":\"https://gw.example/other\"}");
    }
}
