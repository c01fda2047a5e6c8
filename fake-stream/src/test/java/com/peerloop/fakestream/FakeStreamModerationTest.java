package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.FlagRequest;
import io.getstream.models.QueryReviewQueueRequest;
import io.getstream.models.QueryReviewQueueResponse;
import io.getstream.models.ReviewQueueItemResponse;
import io.getstream.services.ModerationImpl;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamModerationTest extends FakeStreamTestSupport {

    private static final String ACTIVITY = "stream:feeds:v3:activity";

    private ModerationImpl moderation;

    @BeforeEach
    void moderationClient() {
        moderation = new ModerationImpl(client.getHttpClient());
        knownUsers("author", "reporter", "other");
    }

    private String flag(String reporter, String entityId, String reason) throws StreamException {
        return moderation
                .flag(FlagRequest.builder()
                        .entityType(ACTIVITY)
                        .entityID(entityId)
                        .entityCreatorID("author")
                        .reason(reason)
                        .custom(Map.of("note", "from the app"))
                        .userID(reporter)
                        .build())
                .execute()
                .getData()
                .getItemID();
    }

    private QueryReviewQueueResponse queue(Map<String, Object> filter, Integer limit, String next)
            throws StreamException {
        return moderation
                .queryReviewQueue(QueryReviewQueueRequest.builder()
                        .filter(filter)
                        .limit(limit)
                        .next(next)
                        .build())
                .execute()
                .getData();
    }

    @Test
    void flagsOfOneEntityGatherOnOneReviewQueueItem() throws StreamException {
        String first = flag("reporter", "a1", "spam");
        String second = flag("other", "a1", "abuse");

        assertThat(second).isEqualTo(first);
        ReviewQueueItemResponse item = queue(null, null, null).getItems().get(0);
        assertThat(item.getId()).isEqualTo(first);
        assertThat(item.getEntityType()).isEqualTo(ACTIVITY);
        assertThat(item.getEntityID()).isEqualTo("a1");
        assertThat(item.getEntityCreatorID()).isEqualTo("author");
        assertThat(item.getFlagsCount()).isEqualTo(2);
        assertThat(item.getFlags()).extracting(f -> f.getUserID()).containsExactly("reporter", "other");
        assertThat(item.getFlags()).extracting(f -> f.getReason()).containsExactly("spam", "abuse");
        assertThat(item.getFlags().get(0).getCustom()).containsEntry("note", "from the app");
        assertThat(fake.state().moderation().flags(first)).hasSize(2);
    }

    @Test
    void refusesASecondFlagBySameUserByDefaultAndKeepsOneFlag() throws StreamException {
        String item = flag("reporter", "a1", "spam");

        assertThatThrownBy(() -> flag("reporter", "a1", "again"))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(400));
        assertThat(fake.state().moderation().flags(item))
                .singleElement()
                .extracting(StoredFlag::reason)
                .isEqualTo("spam");
    }

    @Test
    void acceptsASecondFlagBySameUserUnderTheOtherReadingWithoutAddingOne() throws StreamException {
        fake.state().moderation().repeatedFlags(ModerationState.RepeatedFlag.ACCEPT);
        String item = flag("reporter", "a1", "spam");

        assertThat(flag("reporter", "a1", "again")).isEqualTo(item);
        assertThat(fake.state().moderation().flags(item)).hasSize(1);
    }

    @Test
    void refusesAFlagWithoutEntityIdOrReporterAndFilesNothing() throws Exception {
        var missingId = RawHttp.asServer(
                fake,
                "POST",
                "/api/v2/moderation/flag",
                "{\"entity_type\":\"" + ACTIVITY + "\",\"user_id\":\"reporter\"}");
        var nobody = RawHttp.asServer(
                fake, "POST", "/api/v2/moderation/flag", "{\"entity_type\":\"" + ACTIVITY + "\",\"entity_id\":\"a1\"}");
        var unknownReporter = RawHttp.asServer(
                fake,
                "POST",
                "/api/v2/moderation/flag",
                "{\"entity_type\":\"" + ACTIVITY + "\",\"entity_id\":\"a1\",\"user_id\":\"ghost\"}");

        assertThat(missingId.statusCode()).isEqualTo(400);
        assertThat(missingId.body()).contains("\"entity_id\"");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(unknownReporter.statusCode()).isEqualTo(400);
        assertThat(fake.state().moderation().items()).isEmpty();
    }

    @Test
    void queriesTheQueueNewestFirstByFilterAndPage() throws StreamException {
        flag("reporter", "a1", "spam");
        flag("reporter", "a2", "spam");
        flag("reporter", "a3", "spam");

        QueryReviewQueueResponse first = queue(null, 2, null);
        QueryReviewQueueResponse rest = queue(null, 2, first.getNext());
        QueryReviewQueueResponse one = queue(Map.of("entity_id", Map.of("$in", java.util.List.of("a1"))), null, null);

        assertThat(first.getItems())
                .extracting(ReviewQueueItemResponse::getEntityID)
                .containsExactly("a3", "a2");
        assertThat(rest.getItems())
                .extracting(ReviewQueueItemResponse::getEntityID)
                .containsExactly("a1");
        assertThat(rest.getNext()).isNull();
        assertThat(one.getItems())
                .extracting(ReviewQueueItemResponse::getEntityID)
                .containsExactly("a1");
    }

    @Test
    void refusesAQueueFilterTheFakeDoesNotUnderstand() {
        assertThatThrownBy(() -> queue(Map.of("severity", 3), null, null))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(400));
    }

    @Test
    void aFailedFlagFilesNothingAndARetrySucceeds() throws StreamException {
        fake.failNext("flag", 1, 503);

        assertThatThrownBy(() -> flag("reporter", "a1", "spam")).isInstanceOf(StreamException.class);
        assertThat(fake.state().moderation().items()).isEmpty();
        String item = flag("reporter", "a1", "spam");

        assertThat(fake.state().moderation().flags(item)).hasSize(1);
        assertThat(fake.requests("flag")).extracting(RecordedRequest::status).containsExactly(503, 200);
    }
}
