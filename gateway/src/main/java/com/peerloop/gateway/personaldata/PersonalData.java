package com.peerloop.gateway.personaldata;

import java.util.Map;

/**
 * What one module keeps about a user, as an erasure and an export see it. Each module that holds personal
 * data implements it as a bean, in its own package.
 */
public interface PersonalData {

    /** When during an erasure {@link #erase} runs. */
    enum Phase {
        /**
         * Before Stream's data is deleted: records whose removal also changes Stream (follows, memberships),
         * written in the same transaction as their outbox intents.
         */
        RECORDS,
        /** After Stream's data is deleted: what the gateway itself keeps about the user. */
        KEPT,
        /** Last, once every other module has written what the erasure makes it write: the audit log. */
        AUDIT
    }

    /** The key of this module's part of an export document, e.g. {@code records}. */
    String name();

    Phase phase();

    /** Everything this module keeps about the user, as JSON-able values (maps, lists, strings, numbers). */
    Map<String, Object> export(String userId);

    /**
     * Removes or pseudonymises everything this module keeps about the user. Must be safe to repeat: a
     * repeat, or an erasure of a user the module never saw, changes nothing.
     */
    void erase(Erasure erasure);
}
