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
    return client.updateUsers(UpdateUsersRequest.builder().users(Map.of(user.getId(), user)).build())
        .execute().getData().getUsers().get(user.getId());
  }

  private FullUserResponse partial(UpdateUserPartialRequest update) throws StreamException {
    return client.updateUsersPartial(UpdateUsersPartialRequest.builder().users(List.of(update)).build())
        .execute().getData().getUsers().get(update.getId());
  }

  @Test
  void upsertsUsersKeepingCreationTimeAndReplacingProfile() throws StreamException {
    FullUserResponse created = upsert(UserRequest.builder().id("alice").name("Alice").image("a.png")
        .role("user").custom(Map.of("course", "c1")).build());
    FullUserResponse replaced = upsert(UserRequest.builder().id("alice").name("Alice B").build());

    assertThat(created.getName()).isEqualTo("Alice");
    assertThat(created.getCustom()).containsEntry("course", "c1");
    assertThat(created.getCreatedAt()).isNotNull();
    assertThat(replaced.getName()).isEqualTo("Alice B");
    assertThat(replaced.getCreatedAt()).isEqualTo(created.getCreatedAt());
    StoredUser stored = fake.state().users().get("alice").orElseThrow();
    assertThat(stored.image()).isNull();
    assertThat(stored.role()).isEqualTo("user");
    assertThat(fake.requests("upsertUsers")).hasSize(2).allMatch(RecordedRequest::write);
  }

  @Test
  void revokesUserTokensWithADateThatTheSdkSendsWithAnOffset() throws StreamException {
    upsert(UserRequest.builder().id("alice").build());
    Instant revokeAt = Instant.parse("2025-01-02T03:04:05.123Z");

    FullUserResponse updated = partial(UpdateUserPartialRequest.builder().id("alice")
        .set(Map.of("revoke_tokens_issued_before", Date.from(revokeAt), "name", "Alice")).build());

    assertThat(fake.requests("updateUsersPartial").get(0).body())
        .contains("\"revoke_tokens_issued_before\":\"2025-01-02T03:04:05.123+00:00\"");
    assertThat(updated.getRevokeTokensIssuedBefore()).isEqualTo(Date.from(revokeAt));
    assertThat(updated.getName()).isEqualTo("Alice");
    assertThat(fake.state().users().get("alice").orElseThrow().revokeTokensIssuedBefore()).isEqualTo(revokeAt);
  }

  @Test
  void setsAndUnsetsFieldsPartially() throws StreamException {
    upsert(UserRequest.builder().id("alice").name("Alice").build());
    partial(UpdateUserPartialRequest.builder().id("alice")
        .set(Map.of("revoke_tokens_issued_before", "2025-01-02T03:04:05Z", "plan", "pro")).build());

    FullUserResponse cleared = partial(UpdateUserPartialRequest.builder().id("alice")
        .unset(List.of("revoke_tokens_issued_before", "name")).build());

    assertThat(cleared.getRevokeTokensIssuedBefore()).isNull();
    assertThat(cleared.getName()).isNull();
    assertThat(cleared.getCustom()).containsEntry("plan", "pro");
    assertThat(fake.state().users().get("alice").orElseThrow().revokeTokensIssuedBefore()).isNull();
  }

  @Test
  void refusesAPartialUpdateOfAnUnknownUserWithoutChangingAnyone() throws StreamException {
    upsert(UserRequest.builder().id("alice").name("Alice").build());
    UpdateUsersPartialRequest request = UpdateUsersPartialRequest.builder().users(List.of(
        UpdateUserPartialRequest.builder().id("alice").set(Map.of("name", "Changed")).build(),
        UpdateUserPartialRequest.builder().id("nobody").set(Map.of("name", "X")).build())).build();

    assertThatThrownBy(() -> client.updateUsersPartial(request).execute())
        .isInstanceOfSatisfying(StreamException.class, e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
    assertThat(fake.state().users().get("alice").orElseThrow().name()).isEqualTo("Alice");
  }

  @Test
  void updatesOnlyTheAppSettingsSentWithAValueAndServesThemBack() throws Exception {
    HttpResponse<String> oneKey =
        RawHttp.asServer(fake, "PATCH", "/api/v2/app", "{\"webhook_url\":\"https://gw.example/hook\"}");
    Instant revokeAt = Instant.parse("2025-03-04T05:06:07Z");
    client.updateApp(UpdateAppRequest.builder().revokeTokensIssuedBefore(Date.from(revokeAt)).build()).execute();

    GetApplicationResponse app = client.getApp().execute().getData();

    assertThat(oneKey.statusCode()).isEqualTo(200);
    assertThat(fake.requests("updateApp").get(0).json().size()).isEqualTo(1);
    JsonNode sdkBody = fake.requests("updateApp").get(1).json();
    assertThat(sdkBody.get("webhook_url").isNull()).as("SDK 4.1.1 sends unset settings as null").isTrue();
    assertThat(app.getApp().getWebhookUrl()).isEqualTo("https://gw.example/hook");
    assertThat(app.getApp().getRevokeTokensIssuedBefore()).isEqualTo(Date.from(revokeAt));
    assertThat(fake.state().app().revokeTokensIssuedBefore()).contains(revokeAt);
    assertThat(fake.state().app().settings().size()).isEqualTo(2);
    assertThat(fake.requests("getApp")).singleElement().matches(r -> !r.write());
  }
}
