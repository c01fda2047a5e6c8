package com.peerloop.gateway.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.peerloop.gateway.web.Identifiers;

/** Bodies and answers of the internal records API. */
final class RecordsRequests {

    private RecordsRequests() {}

    record CourseBody(
            @NotNull @Pattern(regexp = Identifiers.REGEX, message = "must be 1-64 of [A-Za-z0-9_-]") String creatorId,
            @NotBlank @Size(max = 300) String title) {}

    record CourseView(String id, String creatorId, String title) {}

    record PurchaseBody(
            @NotNull @Pattern(regexp = Identifiers.REGEX, message = "must be 1-64 of [A-Za-z0-9_-]") String userId,
            @NotNull @Pattern(regexp = Identifiers.REGEX, message = "must be 1-64 of [A-Za-z0-9_-]") String creatorId,
            @Pattern(regexp = Identifiers.REGEX, message = "must be 1-64 of [A-Za-z0-9_-]") String courseId) {}

    record PurchaseView(String id, String userId, String creatorId, String courseId, boolean refunded) {}
}
