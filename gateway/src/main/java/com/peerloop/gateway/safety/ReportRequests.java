package com.peerloop.gateway.safety;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Request bodies of the report endpoints, validated at the edge. */
final class ReportRequests {

    private ReportRequests() {}

    enum Reason {
        @JsonProperty("spam")
        SPAM,
        @JsonProperty("harassment")
        HARASSMENT,
        @JsonProperty("inappropriate")
        INAPPROPRIATE,
        @JsonProperty("other")
        OTHER;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code details} is required with {@code other}, optional otherwise. */
    record NewReport(
            @NotNull(message = "must be spam, harassment, inappropriate or other")
            Reason reason,

            @Size(max = 500) String details) {}

    enum Action {
        @JsonProperty("dismiss")
        DISMISS,
        @JsonProperty("remove")
        REMOVE
    }

    record Resolution(
            @NotNull(message = "must be dismiss or remove") Action action) {}
}
