package com.peerloop.gateway.sync;

/**
 * The outbox at a glance.
 *
 * @param pending                 intents waiting to be applied (including those backing off)
 * @param failed                  intents parked after too many tries
 * @param oldestPendingAgeSeconds age of the oldest pending intent; 0 when none is pending
 */
record SyncStatus(long pending, long failed, long oldestPendingAgeSeconds) {}
