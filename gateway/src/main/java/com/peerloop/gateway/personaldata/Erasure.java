package com.peerloop.gateway.personaldata;

/**
 * One erasure of a user, as the modules that erase their part see it.
 *
 * @param userId    the user whose data goes
 * @param pseudonym what stands for the user where entries stay (the audit log): {@code erased-…}, the same for
 *                  the same user every time
 * @param actorId   the admin who asked for it, for the audit entries the erasure causes
 * @param requestId the request that asked for it
 */
public record Erasure(String userId, String pseudonym, String actorId, String requestId) {}
