package com.peerloop.gateway.records;

import com.peerloop.gateway.web.Identifier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies and answers of the internal records API. */
final class RecordsRequests {

    private RecordsRequests() {}

    record CourseBody(
            @NotNull @Identifier String creatorId,
            @NotBlank @Size(max = 300) String title) {}

    record CourseView(String id, String creatorId, String title) {}

    record PurchaseBody(
            @NotNull @Identifier String userId,
            @NotNull @Identifier String creatorId,
            @Identifier String courseId) {}

    record PurchaseView(String id, String userId, String creatorId, String courseId, boolean refunded) {}
}
