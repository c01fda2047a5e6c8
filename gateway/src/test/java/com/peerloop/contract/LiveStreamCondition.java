package com.peerloop.contract;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the live contract suite only when {@code STREAM_LIVE_API_KEY} and {@code STREAM_LIVE_API_SECRET} are set;
 * otherwise the class is skipped, before any application context starts, with a reason in the test output.
 */
final class LiveStreamCondition implements ExecutionCondition {

    static final String SKIPPED = "live Stream contract suite skipped: set " + StreamTarget.LIVE_KEY + " and "
            + StreamTarget.LIVE_SECRET + " (optionally " + StreamTarget.LIVE_BASE_URL + ") to run it against a real "
            + "Stream app; FakeStreamContractTest runs the same scenarios against the fake";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        StreamTarget live = StreamTarget.liveFromEnvironment();
        if (live == null) {
            if (context.getTestMethod().isEmpty()) {
                System.out.println("[contract] " + SKIPPED);
            }
            return ConditionEvaluationResult.disabled(SKIPPED);
        }
        return ConditionEvaluationResult.enabled("running against " + live.name() + " at " + live.baseUrl());
    }
}
