package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.getstream.exceptions.StreamException;
import io.getstream.models.FeedMemberRequest;
import io.getstream.models.UpdateFeedMembersRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stream's required fields and enum values are checked before any handler runs; a refusal changes nothing. */
class FakeStreamInputValidationTest extends FakeStreamTestSupport {

    @BeforeEach
    void feeds() throws StreamException {
        feed("user", "teacher", "teacher");
        feed("timeline", "s1", "s1");
    }

    private JsonNode refused(String method, String path, String body, String field) throws Exception {
        HttpResponse<String> response = RawHttp.asServer(fake, method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = Json.MAPPER.readTree(response.body());
        assertThat(error.path("code").asInt()).isEqualTo(4);
        assertThat(error.path("StatusCode").asInt()).isEqualTo(400);
        assertThat(error.path("exception_fields").has(field))
                .as(response.body())
                .isTrue();
        assertThat(error.path("message").asText()).contains(field);
        return error;
    }

    @Test
    void answersStreamsInputErrorEnvelope() throws Exception {
        JsonNode error = refused("POST", "/api/v2/feeds/activities", "{\"feeds\":[\"user:teacher\"]}", "type");

        assertThat(error.path("message").asText())
                .isEqualTo("AddActivity failed with error: \"type is a required field\"");
        assertThat(error.path("exception_fields").path("type").asText()).isEqualTo("type is a required field");
        assertThat(error.path("duration").asText()).isNotEmpty();
        assertThat(error.path("more_info").asText()).startsWith("https://getstream.io/");
        assertThat(error.path("details").isArray()).isTrue();
    }

    @Test
    void refusesAMissingOrNullRequiredTopLevelFieldAndAddsNothing() throws Exception {
        refused("POST", "/api/v2/feeds/activities", "{\"feeds\":[\"user:teacher\"],\"user_id\":\"teacher\"}", "type");
        refused("POST", "/api/v2/feeds/activities", "{\"type\":null,\"feeds\":[\"user:teacher\"]}", "type");
        refused("POST", "/api/v2/feeds/activities", "{\"type\":\"\",\"feeds\":[\"user:teacher\"]}", "type");
        refused("POST", "/api/v2/feeds/activities", "{\"type\":\"post\",\"feeds\":null}", "feeds");
        refused("POST", "/api/v2/feeds/follows", "{\"source\":\"timeline:s1\"}", "target");

        assertThat(fake.state().activities().all()).isEmpty();
        assertThat(fake.state().follows().all()).isEmpty();
    }

    @Test
    void refusesABadTopLevelEnumValueAndAddsNothing() throws Exception {
        refused(
                "POST",
                "/api/v2/feeds/activities",
                "{\"type\":\"post\",\"feeds\":[\"user:teacher\"],\"visibility\":\"members\"}",
                "visibility");
        refused(
                "POST",
                "/api/v2/feeds/activities",
                "{\"type\":\"post\",\"feeds\":[\"user:teacher\"],\"restrict_replies\":\"friends\"}",
                "restrict_replies");
        refused(
                "POST",
                "/api/v2/feeds/follows",
                "{\"source\":\"timeline:s1\",\"target\":\"user:teacher\",\"push_preference\":\"some\"}",
                "push_preference");

        assertThat(fake.state().activities().all()).isEmpty();
        assertThat(fake.state().follows().all()).isEmpty();
    }

    @Test
    void refusesAnUnknownMemberOperationThroughTheSdkAndChangesNoMembership() {
        UpdateFeedMembersRequest request = UpdateFeedMembersRequest.builder()
                .operation("replace")
                .members(List.of(FeedMemberRequest.builder().userID("s1").build()))
                .build();

        assertThatThrownBy(() ->
                        feeds.updateFeedMembers("user", "teacher", request).execute())
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getCode()).isEqualTo(4);
                    assertThat(e.getResponseData().getStatusCode()).isEqualTo(400);
                    assertThat(e.getResponseData().getExceptionFields()).containsKey("operation");
                });
        assertThat(fake.state().feeds().members("user:teacher")).isEmpty();
    }

    @Test
    void refusesAMissingFieldInAnArrayElementBeforeApplyingTheOthers() throws Exception {
        String path = "/api/v2/feeds/feed_groups/user/feeds/teacher/members";
        refused("PATCH", path, "{\"members\":[{\"user_id\":\"s1\"}]}", "operation");
        refused(
                "PATCH",
                path,
                "{\"operation\":\"upsert\",\"members\":[{\"user_id\":\"s1\"},{\"role\":\"feed_member\"}]}",
                "members[1].user_id");

        assertThat(fake.state().feeds().members("user:teacher")).isEmpty();
    }

    @Test
    void refusesAMissingIdInAMapOfUsersAndCreatesNoUser() throws Exception {
        refused(
                "POST",
                "/api/v2/users",
                "{\"users\":{\"u1\":{\"id\":\"u1\"},\"u2\":{\"name\":\"Two\"}}}",
                "users.u2.id");
        refused("POST", "/api/v2/users", "{}", "users");
        refused("PATCH", "/api/v2/users", "{\"users\":[{\"set\":{\"name\":\"x\"}}]}", "users[0].id");

        assertThat(fake.state().users().get("u1")).isEmpty();
        assertThat(fake.state().users().get("u2")).isEmpty();
    }

    @Test
    void refusesBadNestedObjectsOfAGetOrCreateAndCreatesNoFeed() throws Exception {
        String path = "/api/v2/feeds/feed_groups/user/feeds/newcomer";
        refused("POST", path, "{\"user_id\":\"newcomer\",\"data\":{\"visibility\":\"secret\"}}", "data.visibility");
        refused(
                "POST",
                path,
                "{\"user_id\":\"newcomer\",\"data\":{\"members\":[{\"role\":\"feed_member\"}]}}",
                "data.members[0].user_id");
        refused("POST", path, "{\"user\":{\"name\":\"New\"}}", "user.id");
        refused("POST", "/api/v2/feeds/activities/a1/reactions", "{\"type\":\"like\",\"user\":{}}", "user.id");

        assertThat(fake.state().feeds().get("user:newcomer")).isEmpty();
        assertThat(fake.state().users().get("newcomer")).isEmpty();
    }

    @Test
    void refusesAMissingRequiredQueryParameter() throws Exception {
        refused("GET", "/api/v2/feeds/comments?object_id=a1", null, "object_type");
        refused("GET", "/api/v2/feeds/comments?object_type=activity&object_id=", null, "object_id");
    }

    @Test
    void refusesAUserQueryWithoutPayloadOrFilterConditions() throws Exception {
        refused("GET", "/api/v2/users", null, "payload");
        refused(
                "GET",
                "/api/v2/users?payload=" + URLEncoder.encode("{\"limit\":1}", StandardCharsets.UTF_8),
                null,
                "filter_conditions");

        HttpResponse<String> found = RawHttp.asServer(
                fake,
                "GET",
                "/api/v2/users?payload="
                        + URLEncoder.encode(
                                "{\"filter_conditions\":{\"id\":\"teacher\"},\"limit\":1}", StandardCharsets.UTF_8),
                null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(found.body()).path("users").size()).isEqualTo(1);
    }

    @Test
    void checksCredentialsBeforeInput() throws Exception {
        HttpResponse<String> response = RawHttp.send(fake, "POST", "/api/v2/feeds/activities", "not-a-jwt", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void acceptsNestedRulesWhereTheirContainerIsAbsentOrValid() throws Exception {
        HttpResponse<String> response = RawHttp.asServer(
                fake,
                "POST",
                "/api/v2/feeds/feed_groups/user/feeds/newcomer",
                "{\"user_id\":\"newcomer\",\"user\":null,\"data\":{\"visibility\":\"members\",\"members\":[{\"user_id\":\"s1\"}]}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(fake.state().feeds().isMember("user:newcomer", "s1")).isTrue();
    }

    @Test
    void tablesOperationsWhoseRoutesAreNotServedYet() {
        assertThatThrownBy(
                        () -> InputValidator.check(
                                "getOrCreateFollows",
                                Map.of(),
                                Json.parseObject(
                                        "{\"follows\":[{\"source\":\"timeline:s1\",\"target\":\"user:t\"},{\"source\":\"timeline:s2\"}]}")))
                .isInstanceOfSatisfying(
                        StreamError.class,
                        e -> assertThat(e.body().path("exception_fields").has("follows[1].target"))
                                .isTrue());
        assertThatThrownBy(() -> InputValidator.check(
                        "getOrCreateUnfollows", Map.of(), Json.parseObject("{\"follows\":[{\"target\":\"user:t\"}]}")))
                .isInstanceOfSatisfying(
                        StreamError.class,
                        e -> assertThat(e.body().path("exception_fields").has("follows[0].source"))
                                .isTrue());
        assertThatThrownBy(() -> InputValidator.check(
                        "deleteUsers", Map.of(), Json.parseObject("{\"user_ids\":[\"u1\"],\"user\":\"purge\"}")))
                .isInstanceOfSatisfying(
                        StreamError.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> InputValidator.check(
                        "markActivity",
                        Map.of(),
                        Json.parseObject("{\"mark_all_read\":true,\"user\":{\"name\":\"x\"}}")))
                .isInstanceOf(StreamError.class);
        assertThat(InputRules.of("noSuchOperation")).isEmpty();
        assertThat(InputRules.of("createFeedGroup")).isEmpty();
    }
}
