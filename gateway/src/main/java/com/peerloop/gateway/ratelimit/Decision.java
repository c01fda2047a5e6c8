package com.peerloop.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.TimeUnit;

/**
 * The outcome of one request against a user's allowance.
 *
 * @param allowed           whether the request may proceed
 * @param limit             requests per minute of this allowance
 * @param remaining         requests left right now (never negative)
 * @param resetSeconds      seconds until the allowance is full again
 * @param retryAfterSeconds seconds until the next request would be allowed (0 when allowed)
 */
record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    static Decision of(int limit, ConsumptionProbe probe) {
        return new Decision(
                probe.isConsumed(),
                limit,
                Math.max(0, probe.getRemainingTokens()),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
